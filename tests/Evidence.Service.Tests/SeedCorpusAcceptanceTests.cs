using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Evidence.Service.Tests;

/// <summary>The acceptance points of the search and synthesis issues, on the bundled seed corpus.</summary>
public sealed class SeedCorpusAcceptanceTests(SeedCorpusFixture seed) : IClassFixture<SeedCorpusFixture>
{
    private HttpClient Client => seed.Client;

    private async Task<JsonElement> Get(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> Check(string claim)
    {
        using var response = await Client.PostAsJsonAsync("/api/claims/check", new { claim });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    [Fact]
    public async Task AcneScars_ByIdOrLabel_ReturnsTheAcneScarSources_WithFacets()
    {
        var byId = await Get("/api/evidence?condition=acne-scars&pageSize=100");
        var byLabel = await Get("/api/evidence?condition=acne%20scars&pageSize=100");

        Assert.True(byId.GetProperty("total").GetInt32() >= 10);
        Assert.Equal(Ids(byId).Order(), Ids(byLabel).Order());
        Assert.Contains("alam-2014-needling-device-acne-scars-rct", Ids(byId));
        Assert.Contains(byId.GetProperty("facets").GetProperty("design").EnumerateArray(), f => f.GetProperty("value").GetString() == "randomised-controlled-trial");
    }

    [Theory]
    [InlineData("microneedling acne scars", "acne-scars")]
    [InlineData("stretch marks", "striae-distensae")]
    [InlineData("hair loss", "androgenetic-alopecia")]
    public async Task FreeText_NamingATreatmentAndACondition_RanksSourcesOnThatCondition_First(string question, string condition)
    {
        var page = await Get($"/api/evidence?q={Uri.EscapeDataString(question)}&pageSize=3");
        var conditions = new HashSet<string>(await ConditionAndBelow(condition));

        // A source on another condition that names many rare kinds of the treatment (melasma with several needling
        // devices) once outranked them: narrower concepts were separate rare clauses.
        foreach (var id in Ids(page))
        {
            var source = await Get($"/api/evidence/{id}");
            var annotated = source.GetProperty("source").GetProperty("conditions").EnumerateArray().Select(c => c.GetString()!);
            Assert.True(annotated.Any(conditions.Contains), $"{question}: {id} is not annotated with {condition}");
        }
    }

    private async Task<List<string>> ConditionAndBelow(string condition)
    {
        var all = await Get("/api/vocabulary");
        var concepts = all.EnumerateArray().ToList();
        var below = new List<string> { condition };
        for (var i = 0; i < below.Count; i++)
            below.AddRange(concepts.Where(c => c.TryGetProperty("parent", out var p) && p.GetString() == below[i]).Select(c => c.GetProperty("id").GetString()!));
        return below;
    }

    [Fact]
    public async Task StretchMarks_FindsTheStriaeSources()
    {
        var page = await Get("/api/evidence?q=stretch%20marks");
        var top = Ids(page).Take(2).ToList();

        Assert.Contains("mohamed-ali-2017-microneedling-microdermabrasion-striae-distensae", top);
        Assert.Contains("unknown-2022-microneedling-versus-co2-fractional-laser-striae-alba-rct", top);
    }

    [Fact]
    public async Task HairLoss_PutsDhurat2013_InTheTopThree()
    {
        var page = await Get("/api/evidence?q=hair%20loss");

        Assert.Contains("dhurat-2013-microneedling-androgenetic-alopecia-rct", Ids(page).Take(3));
    }

    [Theory]
    [InlineData("side effects of microneedling")]
    [InlineData("safety of microneedling")]
    [InlineData("microneedling complications")]
    [InlineData("what can go wrong with microneedling")]
    [InlineData("risks of microneedling")]
    [InlineData("adverse events after skin needling")]
    // A question whether something is safe asks about its harms (the claim checker reads "X is safe" as a judgement).
    [InlineData("is microneedling safe")]
    [InlineData("how safe is microneedling")]
    [InlineData("is microneedling safe for dark skin")]
    [InlineData("microneedling risks")]
    [InlineData("Is it safe to have microneedling?")]
    [InlineData("can microneedling be dangerous")]
    [InlineData("how safely can skin needling be done")]
    [InlineData("is microneedling unsafe")]
    public async Task SafetyQuestion_PutsBothAdverseEffectsReviews_InTheTopThree(string question)
    {
        var page = await Get("/api/evidence?pageSize=100&q=" + Uri.EscapeDataString(question));
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Contains("chu-2021-microneedling-safety-systematic-review", Ids(page).Take(3));
        Assert.Contains("gowda-2021-microneedling-adverse-effects-systematic-review", Ids(page).Take(3));
        Assert.True(items.Take(3).All(i => i.GetProperty("adverseEvents").GetArrayLength() > 0));
    }

    [Fact]
    public async Task AlopeciaAndHairCount_ReturnsTheTrials_WithTheirHairCountFindings()
    {
        var page = await Get("/api/evidence?condition=alopecia&outcome=hair%20count");

        Assert.Contains("dhurat-2013-microneedling-androgenetic-alopecia-rct", Ids(page));
        Assert.All(page.GetProperty("items").EnumerateArray(), item =>
            Assert.All(item.GetProperty("findings").EnumerateArray(), f => Assert.Equal("hair-count", f.GetProperty("outcome").GetString())));
    }

    [Fact]
    public async Task PercutaneousCollagenInduction_FindsMicroneedling()
    {
        var page = await Get("/api/evidence?q=percutaneous%20collagen%20induction");

        Assert.True(page.GetProperty("total").GetInt32() >= 20);
    }

    [Fact]
    public async Task Claim_MicroneedlingReducesAcneScars_IsSupported_IncludingRandomisedTrials()
    {
        var check = await Check("Microneedling reduces the appearance of acne scars");

        Assert.Equal("supported", check.GetProperty("verdict").GetString());
        var supporting = check.GetProperty("supporting").EnumerateArray().ToList();
        Assert.True(supporting.Select(f => f.GetProperty("sourceId").GetString()).Distinct().Count() >= 3);
        Assert.Contains(supporting, f => f.GetProperty("design").GetString() == "randomised-controlled-trial");
        Assert.All(supporting, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("citation").GetString())));
    }

    [Fact]
    public async Task Claim_HomeDermarollersEqualDermatologists_IsContradicted_CitingTheAad()
    {
        var check = await Check("At-home dermarollers give the same results as treatment by a dermatologist");

        Assert.Equal("contradicted", check.GetProperty("verdict").GetString());
        var against = Assert.Single(check.GetProperty("contradicting").EnumerateArray());
        Assert.Equal("aad-2018-microneedling-news-release", against.GetProperty("sourceId").GetString());
        Assert.Contains("American Academy of Dermatology", against.GetProperty("citation").GetString());
    }

    [Fact]
    public async Task Claim_MicroneedlingCuresRosacea_IsNotSupportedAsStated()
    {
        var check = await Check("Microneedling cures rosacea");

        Assert.Equal("insufficient-evidence", check.GetProperty("verdict").GetString());
        Assert.True(check.GetProperty("recognised").GetProperty("absolute").GetBoolean());
        Assert.Empty(check.GetProperty("supporting").EnumerateArray());
        Assert.Contains("absolute", check.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Summary_ForAcneScars_StatesCertaintyPerComparison_AndCountsErythemaReports()
    {
        var summary = await Get("/api/summary?condition=acne%20scars");

        var scar = summary.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("outcome").GetProperty("id").GetString() == "scar-appearance");
        Assert.False(scar.TryGetProperty("certainty", out _), "an outcome has no certainty of its own: that would pool its comparisons");
        var comparisons = scar.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.True(comparisons.Count >= 3, $"{comparisons.Count} comparisons");
        Assert.Equal(comparisons.Count, comparisons.Select(c => c.GetProperty("comparison").GetProperty("key").GetString()).Distinct().Count());
        Assert.All(comparisons, c =>
        {
            var key = c.GetProperty("comparison").GetProperty("key").GetString();
            Assert.All(c.GetProperty("findings").EnumerateArray(), f => Assert.Equal(key, f.GetProperty("comparison").GetProperty("key").GetString()));
            Assert.NotEmpty(c.GetProperty("certaintyReasons").EnumerateArray());
        });
        // No seed review of acne scars is documented to include randomised trials only (Oxford CEBM 2011
        // level 1): Juhasz 2020 and Mujahid 2020 do not state their makeup (level 3), Kang 2022 mixes
        // randomised and other trials (2), and the randomised trials themselves are level 2.
        Assert.Equal(2, comparisons.Min(c => c.GetProperty("bestLevel").GetInt32()));
        var erythema = summary.GetProperty("adverseEvents").EnumerateArray().Single(a => a.GetProperty("event").GetProperty("id").GetString() == "erythema");
        Assert.True(erythema.GetProperty("sources").GetInt32() >= 1);
        Assert.Equal(erythema.GetProperty("sources").GetInt32(), erythema.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("sourceId").GetString()).Distinct().Count());
        Assert.NotEmpty(summary.GetProperty("flagged").EnumerateArray());
    }

    [Fact]
    public async Task Map_HasCellsForTheSeedConditions()
    {
        var map = await Get("/api/map");
        var cells = map.GetProperty("cells").EnumerateArray().ToList();

        Assert.Contains(cells, c => c.GetProperty("condition").GetString() == "acne-scars" && c.GetProperty("outcome").GetString() == "scar-appearance");
        Assert.Contains(cells, c => c.GetProperty("condition").GetString() == "androgenetic-alopecia" && c.GetProperty("outcome").GetString() == "hair-count");
    }

    [Fact]
    public async Task Map_ForOneCondition_KeepsComparisonsApart_AndPoolsNoDirectionAcrossThem()
    {
        var map = await Get("/api/map?condition=acne%20scars");
        var cells = map.GetProperty("cells").EnumerateArray().ToList();

        Assert.All(cells, c => Assert.Equal("acne-scars", c.GetProperty("condition").GetString()));
        var scars = cells.Single(c => c.GetProperty("outcome").GetString() == "scar-appearance");
        var comparisons = scars.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.True(comparisons.Count > 1, "the seed's acne-scar findings compare several things");
        Assert.False(scars.TryGetProperty("direction", out var pooled) && pooled.ValueKind != JsonValueKind.Null, "a cell of several comparisons has no direction of its own");
        Assert.Contains(comparisons, c => c.GetProperty("kind").GetString() == "before-after");
        Assert.Contains(comparisons, c => c.GetProperty("kind").GetString() == "active-comparator");
        Assert.All(comparisons, c => Assert.StartsWith(c.GetProperty("label").GetString()!.Split(',', ' ')[0], c.GetProperty("reading").GetString()));
        Assert.All(cells.Where(c => c.GetProperty("comparisons").GetArrayLength() == 1), c =>
            Assert.Equal(c.GetProperty("comparisons")[0].GetProperty("direction").GetString(), c.GetProperty("direction").GetString()));
    }

    [Fact]
    public async Task Map_ForATreatmentNoSourceCovers_SaysSo_WithTheNearestCoveredTreatments()
    {
        var map = await Get("/api/map?intervention=tretinoin");

        Assert.Empty(map.GetProperty("cells").EnumerateArray());
        var coverage = map.GetProperty("coverage");
        Assert.False(coverage.GetProperty("covered").GetBoolean());
        Assert.Equal("tretinoin", coverage.GetProperty("notCovered")[0].GetProperty("concept").GetString());
        Assert.NotEmpty(coverage.GetProperty("nearest").EnumerateArray());
    }

    [Fact]
    public async Task Map_WithAnUnknownCondition_IsABadRequest_NamingTheParameter()
    {
        using var response = await Client.GetAsync("/api/map?condition=not-a-condition-at-all");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("condition", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("ris", "application/x-research-info-systems", "DO  - 10.1001/jamadermatol.2013.8687", "AN  - 24919799")]
    [InlineData("bibtex", "application/x-bibtex", "doi = {10.1001/jamadermatol.2013.8687}", "pmid = {24919799}")]
    public async Task Citations_CarryDoiAndPmid_WithTheirContentType(string style, string contentType, string doi, string pmid)
    {
        using var response = await Client.GetAsync($"/api/evidence/alam-2014-needling-device-acne-scars-rct/cite?style={style}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(doi, text);
        Assert.Contains(pmid, text);
    }

    [Fact]
    public async Task ReferenceList_IsNumberedForAma()
    {
        using var response = await Client.GetAsync("/api/cite?id=alam-2014-needling-device-acne-scars-rct&id=aad-2018-microneedling-news-release&style=ama");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.StartsWith("1. ", lines[0]);
        Assert.StartsWith("2. ", lines[1]);
    }

    [Fact]
    public async Task Quotable_GivesTheAadQuote_WithItsLocationAndCitation()
    {
        var items = await Get("/api/evidence/aad-2018-microneedling-news-release/quotable");
        var quote = items.EnumerateArray().First(q => q.GetProperty("kind").GetString() == "quote");

        Assert.Contains("stretch marks", quote.GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(quote.GetProperty("location").GetString()));
        Assert.Contains("American Academy of Dermatology", quote.GetProperty("ready").GetString());
    }
}
