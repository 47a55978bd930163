using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Evidence.Service.Tests;

/// <summary>The claim examples through the real HTTP API on the seed corpus: the JSON a page or a client reads.</summary>
public sealed class ClaimApiTests(SeedCorpusFixture seed) : IClassFixture<SeedCorpusFixture>
{
    private async Task<JsonElement> Check(string claim)
    {
        using var response = await seed.Client.PostAsJsonAsync("/api/claims/check", new { claim });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<JsonElement> Items(JsonElement check, string list) => check.GetProperty(list).EnumerateArray();

    [Fact]
    public async Task HarmClaim_IsDecidedByAdverseEventReports_NeverByImprovementFindings()
    {
        var check = await Check("Microneedling can cause infection");

        Assert.Equal("supported", check.GetProperty("verdict").GetString());
        var recognised = check.GetProperty("recognised");
        Assert.Equal("harm", recognised.GetProperty("kind").GetString());
        Assert.Equal("infection", recognised.GetProperty("harm").GetProperty("id").GetString());
        Assert.True(recognised.GetProperty("hedged").GetBoolean());
        Assert.All(Items(check, "supporting"), e =>
        {
            Assert.Equal("adverse-event-report", e.GetProperty("kind").GetString());
            Assert.True(e.GetProperty("observed").GetBoolean());
            Assert.Equal("infection", e.GetProperty("event").GetString());
        });
    }

    [Fact]
    public async Task AConditionClaimedAsAHarm_IsNotSupportedByFindingsThatTheTreatmentImprovesIt()
    {
        var check = await Check("Microneedling causes acne scars");

        Assert.Equal("insufficient-evidence", check.GetProperty("verdict").GetString());
        Assert.Equal("acne-scars", check.GetProperty("recognised").GetProperty("harm").GetProperty("id").GetString());
        Assert.Empty(Items(check, "supporting"));
        Assert.Empty(Items(check, "contradicting"));
    }

    [Theory]
    [InlineData("Radiofrequency microneedling can cause fat loss", "harm", "fat loss")]
    [InlineData("Microneedling can cause bleeding in people on blood thinners", "treatment", "blood thinners")]
    [InlineData("Tretinoin improves acne scars", "treatment", "Tretinoin")]
    public async Task Uncovered_SaysWhatIsMissing_AndNamesTheNearestCoveredConcepts(string claim, string part, string words)
    {
        var check = await Check(claim);

        Assert.Equal("not-covered", check.GetProperty("verdict").GetString());
        var missing = check.GetProperty("notCovered");
        Assert.Equal(part, missing.GetProperty("part").GetString());
        Assert.Equal(words, missing.GetProperty("words").GetString());
        Assert.NotEmpty(missing.GetProperty("nearest").EnumerateArray());
        Assert.Empty(Items(check, "supporting"));
        Assert.Empty(Items(check, "related"));
    }

    [Theory]
    [InlineData("Home microneedling produces the same results as professional treatment")]
    [InlineData("At-home dermarollers give the same results as treatment by a dermatologist")]
    [InlineData("Home microneedling gives the same results as a dermatologist")]
    public async Task Paraphrases_OfOneComparison_GetOneVerdict_FromTheComparisonItself(string claim)
    {
        var check = await Check(claim);

        Assert.Equal("contradicted", check.GetProperty("verdict").GetString());
        Assert.Equal("in-office-microneedling", check.GetProperty("recognised").GetProperty("comparator").GetProperty("id").GetString());
        var against = Assert.Single(Items(check, "contradicting"));
        Assert.Equal("aad-2018-microneedling-news-release", against.GetProperty("sourceId").GetString());
        Assert.Equal("At-home microneedling device vs in-office microneedling by a physician", against.GetProperty("comparison").GetString());
    }

    [Fact]
    public async Task CombinationOnlyEvidence_IsMarkedIndirect()
    {
        var check = await Check("Microneedling helps hair loss");

        Assert.Equal("indirect-only", check.GetProperty("directness").GetString());
        Assert.StartsWith("Only indirect evidence", check.GetProperty("reason").GetString());
        Assert.All(Items(check, "supporting"), e => Assert.True(e.GetProperty("indirect").GetBoolean()));
    }

    [Fact]
    public async Task AnUnknownPhrase_IsNotUnderstood_NeverReadAsImproves()
    {
        var check = await Check("Microneedling is a miracle for acne scars");

        Assert.Equal("not-understood", check.GetProperty("verdict").GetString());
        Assert.Equal("not-understood", check.GetProperty("recognised").GetProperty("kind").GetString());
        Assert.Contains("miracle", check.GetProperty("recognised").GetProperty("notUnderstood").EnumerateArray().Select(w => w.GetString()));
        Assert.Empty(Items(check, "supporting"));
    }
}
