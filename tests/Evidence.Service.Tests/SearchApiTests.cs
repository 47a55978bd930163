using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Evidence.Service.Tests;

public sealed class SearchApiTests : IAsyncLifetime
{
    private readonly EvidenceApplication _app = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _app.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    [Fact]
    public void Server_IsARealKestrelPort()
    {
        Assert.StartsWith("http://127.0.0.1:", _client.BaseAddress!.ToString());
    }

    [Theory]
    [InlineData("acne-scars")]
    [InlineData("Atrophic acne scars")]
    [InlineData("acne scars")]
    [InlineData("pitted scars")]
    public async Task Condition_AcceptsIdLabelOrSynonym(string condition)
    {
        var page = await GetJson($"/api/evidence?condition={Uri.EscapeDataString(condition)}");

        Assert.Equal(["fixture-acne-rct", "fixture-scars-review"], Ids(page).Order());
        Assert.Equal(2, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ParentCondition_IncludesNarrowerConcepts()
    {
        var page = await GetJson("/api/evidence?condition=scars");

        Assert.Equal(["fixture-acne-rct", "fixture-scars-review"], Ids(page).Order());
    }

    [Fact]
    public async Task Items_CarryTheMatchingFindingsAdverseEventsAndCitation()
    {
        var page = await GetJson("/api/evidence?condition=androgenetic-alopecia&outcome=hair%20count");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());

        Assert.Equal("fixture-alopecia-rct", item.GetProperty("id").GetString());
        Assert.Equal("randomised-controlled-trial", item.GetProperty("design").GetString());
        Assert.Equal(2, item.GetProperty("level").GetInt32());
        Assert.Equal("10.5555/fixture-alopecia-rct", item.GetProperty("doi").GetString());
        var finding = Assert.Single(item.GetProperty("findings").EnumerateArray());
        Assert.Equal("hair-count", finding.GetProperty("outcome").GetString());
        Assert.Equal("improved", finding.GetProperty("direction").GetString());
        Assert.Contains("Fixture", item.GetProperty("citation").GetString());
    }

    [Fact]
    public async Task Facets_HaveValueLabelAndCount()
    {
        var page = await GetJson("/api/evidence");
        var facets = page.GetProperty("facets");

        var condition = facets.GetProperty("condition").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "acne-scars");
        Assert.Equal("Atrophic acne scars", condition.GetProperty("label").GetString());
        Assert.Equal(2, condition.GetProperty("count").GetInt32());
        foreach (var name in new[] { "outcome", "design", "level", "year" }) Assert.NotEmpty(facets.GetProperty(name).EnumerateArray());
    }

    [Fact]
    public async Task FreeText_LayWordsFindClinicalSources_WithMarkedSnippet()
    {
        var page = await GetJson("/api/evidence?q=stretch%20marks");
        var first = page.GetProperty("items")[0];

        Assert.Equal("fixture-striae-series", first.GetProperty("id").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Source_ReturnsTheWholeRecord_Or404()
    {
        var source = await GetJson("/api/evidence/fixture-acne-rct");
        Assert.Equal("fixture-acne-rct", source.GetProperty("source").GetProperty("id").GetString());
        Assert.Equal("Erythema", source.GetProperty("labels").GetProperty("erythema").GetString());

        var missing = await GetJson("/api/evidence/no-such-source", HttpStatusCode.NotFound);
        Assert.Equal(404, missing.GetProperty("status").GetInt32());
        await GetJson("/api/evidence/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("condition=acne-scarz", "condition", "acne-scars")]
    [InlineData("design=trial", "design", "randomised-controlled-trial")]
    [InlineData("pageSize=101", "pageSize", "100")]
    [InlineData("page=-1", "page", "1 or more")]
    [InlineData("yearFrom=2020&yearTo=2010", "yearFrom", "after")]
    [InlineData("minLevel=9", "minLevel", "1")]
    [InlineData("sort=random", "sort", "relevance")]
    public async Task BadRequests_Get400ProblemDetails_NamingTheParameter(string query, string parameter, string hint)
    {
        using var response = await _client.GetAsync("/api/evidence?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var messages = problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains(hint, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnbindableNumber_Gets400ProblemDetails()
    {
        using var response = await _client.GetAsync("/api/evidence?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Vocabulary_ListsConceptsWithCounts_AndSuggestCompletesLayWords()
    {
        var concepts = await GetJson("/api/vocabulary");
        var erythema = concepts.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "erythema");
        Assert.Equal(3, erythema.GetProperty("count").GetInt32());

        var suggestions = await GetJson("/api/suggest?q=stre");
        Assert.Equal("striae-distensae", suggestions[0].GetProperty("id").GetString());
        Assert.Equal("stretch marks", suggestions[0].GetProperty("term").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_AndReferencePage_AreServed()
    {
        var document = await GetJson("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/evidence", out _));

        using var reference = await _client.GetAsync("/api/reference");
        Assert.True(reference.IsSuccessStatusCode || reference.StatusCode == HttpStatusCode.Redirect, reference.StatusCode.ToString());
    }

    [Fact]
    public async Task Status_AndHealth_AndReadiness()
    {
        var status = await GetJson("/api/status");
        Assert.Equal(4, status.GetProperty("documents").GetInt32());
        Assert.Equal("ready", status.GetProperty("state").GetString());
        await GetJson("/healthz");
        await GetJson("/readyz");
    }
}
