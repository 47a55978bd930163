using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Evidence.Service.Tests;

/// <summary>Citations over HTTP on the seed corpus: every citation comes with what it still needs.</summary>
public sealed class CitationApiTests(SeedCorpusFixture seed) : IClassFixture<SeedCorpusFixture>
{
    /// <summary>
    /// A seed source whose authors were not seen (today the striae alba trial), which every style requires for a
    /// journal article; chosen by that rule so the test survives the corpus growing and ids changing.
    /// </summary>
    private async Task<string> NoAuthorsAsync() => (await seed.Client.GetFromJsonAsync<JsonElement>("/api/evidence?pageSize=100"))
        .GetProperty("items").EnumerateArray()
        .First(item => item.TryGetProperty("citationWarning", out var warning) && warning.GetString()!.Contains("authors missing", StringComparison.Ordinal))
        .GetProperty("id").GetString()!;

    private const string NewsRelease = "aad-2018-microneedling-news-release";

    private HttpClient Client => seed.Client;

    public static TheoryData<string> Styles() => ["ama", "apa", "vancouver", "bibtex", "ris", "csl-json"];

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Cite_WithAMissingRequiredField_IsNeverServedAsReady(string style)
    {
        var id = await NoAuthorsAsync();
        using var response = await Client.GetAsync($"/api/evidence/{id}/cite?style={style}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("false", Assert.Single(response.Headers.GetValues("Citation-Ready")));
        Assert.Contains("authors", Assert.Single(response.Headers.GetValues("Citation-Warning")));
        Assert.Contains("missing", Assert.Single(response.Headers.GetValues("Citation-Warning")));
    }

    [Fact]
    public async Task Citations_GivesEveryStyle_WithAVerdict_AndNoneReadyWhenAFieldIsMissing()
    {
        var id = await NoAuthorsAsync();
        var body = await Client.GetFromJsonAsync<JsonElement>($"/api/evidence/{id}/citations");
        var citations = body.GetProperty("citations").EnumerateArray().ToList();

        Assert.Equal(["ama", "apa", "vancouver", "bibtex", "ris", "csl-json"], citations.Select(c => c.GetProperty("style").GetString()));
        Assert.All(citations, c =>
        {
            Assert.False(c.GetProperty("ready").GetBoolean());
            Assert.Contains("authors", c.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("warning").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("text").GetString()));
        });
    }

    [Fact]
    public async Task Citations_EveryNotReadyCitationInTheSeedCarriesAWarning()
    {
        var page = await Client.GetFromJsonAsync<JsonElement>("/api/evidence?pageSize=100");
        foreach (var id in page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()))
        {
            var body = await Client.GetFromJsonAsync<JsonElement>($"/api/evidence/{id}/citations");
            foreach (var citation in body.GetProperty("citations").EnumerateArray())
            {
                var ready = citation.GetProperty("ready").GetBoolean();
                var flagged = citation.GetProperty("missing").GetArrayLength() + citation.GetProperty("unverified").GetArrayLength();
                Assert.Equal(ready, flagged == 0);
                // The API leaves null properties out: a ready citation has no warning at all.
                var warned = citation.TryGetProperty("warning", out var warning) && warning.ValueKind == JsonValueKind.String;
                Assert.Equal(ready, !warned);
            }
        }
    }

    [Fact]
    public async Task Cite_Accessed_PrintsTheWritersDate_InAmaAndVancouver()
    {
        var ama = await Client.GetStringAsync($"/api/evidence/{NewsRelease}/cite?style=ama&accessed=2026-12-01");
        var vancouver = await Client.GetStringAsync($"/api/evidence/{NewsRelease}/cite?style=vancouver&accessed=2026-12-01");
        using var without = await Client.GetAsync($"/api/evidence/{NewsRelease}/cite?style=ama");

        Assert.Contains("Accessed December 1, 2026. https://www.aad.org/news/microneedling", ama);
        Assert.Contains("[cited 2026 Dec 1]", vancouver);
        Assert.Contains("accessed date missing", Assert.Single(without.Headers.GetValues("Citation-Warning")));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01")]
    [InlineData("2999-01-01")]
    public async Task Cite_BadAccessedDate_Is400NamingTheParameter(string accessed)
    {
        using var response = await Client.GetAsync($"/api/evidence/{NewsRelease}/cite?style=ama&accessed={accessed}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("accessed", out _));
    }

    [Fact]
    public async Task ReferenceList_NamesTheSourcesWhoseCitationsAreNotReady()
    {
        var id = await NoAuthorsAsync();
        using var response = await Client.GetAsync($"/api/cite?id=alam-2014-needling-device-acne-scars-rct&id={id}&style=vancouver");

        Assert.Equal("false", Assert.Single(response.Headers.GetValues("Citation-Ready")));
        Assert.Contains(id, Assert.Single(response.Headers.GetValues("Citation-Incomplete")));
    }

    [Fact]
    public async Task SearchItems_CarryTheAmaCitationsWarning()
    {
        var page = await Client.GetFromJsonAsync<JsonElement>("/api/evidence?pageSize=100");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        // Every item carries the AMA verdict: a warning exactly when the AMA citation is not ready.
        foreach (var item in items.Take(10))
        {
            var id = item.GetProperty("id").GetString();
            using var cite = await Client.GetAsync($"/api/evidence/{id}/cite?style=ama");
            var ready = Assert.Single(cite.Headers.GetValues("Citation-Ready")) == "true";
            Assert.Equal(ready, !item.TryGetProperty("citationWarning", out _));
        }
        Assert.Contains(items, item => item.TryGetProperty("citationWarning", out var warning) && warning.GetString()!.Contains("authors missing", StringComparison.Ordinal));
    }
}
