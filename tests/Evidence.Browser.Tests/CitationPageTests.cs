using System.Text.RegularExpressions;
using Evidence.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Evidence.Browser.Tests;

/// <summary>
/// The page over a copy of the seed corpus, where every source is a draft: one library-level notice, citations
/// with their completeness beside Copy, the map ordered by clinical relevance, and an API reference without
/// third-party cloud features. The seed grows over time, so these tests assert rules, not counts.
/// </summary>
public sealed class CitationPageTests(BrowserFixture browser) : PageTest(browser)
{
    /// <summary>The id of the first seed source whose AMA citation matches: chosen by rule, as the seed changes.</summary>
    private async Task<string> SourceAsync(Func<string?, bool> amaWarning)
    {
        using var response = await Site.Client.GetAsync("/api/evidence?pageSize=100");
        using var page = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return page.RootElement.GetProperty("items").EnumerateArray()
            .First(item => amaWarning(item.TryGetProperty("citationWarning", out var warning) ? warning.GetString() : null))
            .GetProperty("id").GetString()!;
    }

    protected override Task<EvidenceSite> StartSiteAsync() => EvidenceSite.StartOnSeedCorpusAsync();

    [BrowserFact]
    public async Task DraftLibrary_SaysSoOnce_AndCardsWarnOnlyAboutTheirOwnSource()
    {
        await Page.GotoAsync("/?q=microneedling");
        await Expect(Page.Locator("#results-heading")).ToHaveTextAsync(new Regex(@"^[1-9]\d* sources?"));

        await Expect(Page.Locator(".library-notice")).ToHaveCountAsync(1);
        await Expect(Page.Locator(".library-notice")).ToContainTextAsync("Every source in this library is a draft");
        var cards = Page.Locator("ol.result-list article.result");
        Assert.True(await cards.CountAsync() > 1);
        await Expect(cards.Filter(new() { HasText = "not yet reviewed by a second person" })).ToHaveCountAsync(0);
        await Expect(cards.Filter(new() { HasText = "Draft summary" })).ToHaveCountAsync(0);
        // What is specific stays: a source whose citation lacks its authors says so on its card.
        var noAuthorsId = await SourceAsync(warning => warning?.Contains("authors missing", StringComparison.Ordinal) == true);
        await Page.GotoAsync("/?pageSize=100");
        var noAuthors = cards.Filter(new() { Has = Page.Locator($"a[href*='{noAuthorsId}']") });
        await Expect(noAuthors.Locator(".card-warning")).ToContainTextAsync("authors missing");
        await ScreenshotsAsync("library-notice");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task CitationWithAMissingField_ShowsWhatIsMissingBesideCopy_InEveryStyle_AndIsNeverShownReady()
    {
        var noAuthors = await SourceAsync(warning => warning?.Contains("authors missing", StringComparison.Ordinal) == true);
        await Page.GotoAsync($"/?view=source&id={noAuthors}");
        var blocks = Page.Locator(".citation-block");
        await Expect(blocks).ToHaveCountAsync(6);

        for (var i = 0; i < 6; i++)
        {
            var block = blocks.Nth(i);
            await Expect(block).ToHaveAttributeAsync("data-ready", "false");
            await Expect(block.Locator(".citation-head .verdict-incomplete")).ToContainTextAsync("Not ready: authors");
            await Expect(block.Locator(".citation-head .copy-group button")).ToBeVisibleAsync();
        }
        await Expect(Page.Locator(".verdict-ready")).ToHaveCountAsync(0);
        await ScreenshotsAsync("citations-incomplete");

        var complete = await SourceAsync(warning => warning is null);
        await Page.GotoAsync($"/?view=source&id={complete}");
        await Expect(Page.Locator(".citation-block[data-style='ama'] .verdict-ready")).ToHaveTextAsync("✓ Complete and verified");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Map_PutsTheOutcomesWithMostSourcesFirst_HistologyLast_AndShowsAFilledCellAt1280WithoutScrolling()
    {
        await Site.RequireEndpointAsync("/api/map");
        await Page.GotoAsync("/?view=map");
        await Expect(Page.Locator("button.map-cell").First).ToBeVisibleAsync();

        var headers = await Page.Locator(".evidence-map thead th[scope='col']").AllTextContentsAsync();
        var histology = headers.Select((label, index) => (label, index)).Where(h => h.label.Contains("histolog", StringComparison.OrdinalIgnoreCase)).Select(h => h.index).ToList();
        var clinical = headers.Select((label, index) => (label, index)).Where(h => !h.label.Contains("histolog", StringComparison.OrdinalIgnoreCase)).Select(h => h.index).ToList();
        Assert.NotEmpty(clinical);
        if (histology.Count > 0) Assert.True(histology.Min() > clinical.Max(), "a histology column comes before a clinical outcome: " + string.Join(" | ", headers));

        // Column totals, read from the cells, fall from left to right among the clinical outcomes.
        var totals = await Page.EvaluateAsync<int[]>("""
            () => [...document.querySelectorAll('.evidence-map thead th[scope=col]')].map((_, column) =>
              [...document.querySelectorAll('.evidence-map tbody tr')].reduce((sum, row) => {
                const cell = row.querySelectorAll('td')[column];
                const count = cell?.querySelector('.cell-count')?.textContent ?? '';
                return sum + (parseInt(count, 10) || 0);
              }, 0))
            """);
        var clinicalTotals = clinical.Select(i => totals[i]).ToList();
        Assert.Equal(clinicalTotals.OrderByDescending(t => t), clinicalTotals);

        // At 1280 px the first row's first cell is filled and on screen without scrolling sideways.
        var firstCell = Page.Locator(".evidence-map tbody tr").First.Locator("td").First;
        await Expect(firstCell.Locator("button.map-cell")).ToBeVisibleAsync();
        var box = await firstCell.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X + box.Width <= Desktop.Width, $"the first cell ends at {box.X + box.Width}px, past a {Desktop.Width}px screen");
        Assert.Equal(0, await Page.EvaluateAsync<int>("document.querySelector('.table-scroll').scrollLeft"));
        await ScreenshotsAsync("map-seed");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task ApiReference_OffersNoThirdPartyCloudFeatures()
    {
        await Page.GotoAsync("/api/reference");
        // The reference has rendered once the API's own operation groups are listed.
        await Expect(Page.GetByText("/api/status").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(Page.GetByText("Citations").First).ToBeVisibleAsync();

        var text = await Page.Locator("body").InnerTextAsync();
        foreach (var feature in new[] { "Ask AI", "Deploy", "Generate SDK", "Generate SDKs" })
            Assert.DoesNotContain(feature, text, StringComparison.OrdinalIgnoreCase);
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("ask ai|deploy|sdk", RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
    }
}
