using Evidence.Browser.Tests.Infrastructure;

namespace Evidence.Browser.Tests;

/// <summary>The search page over a service whose sentence vectors are ready: it says the order comes from meaning and words.</summary>
public sealed class HybridSearchPageTests(BrowserFixture browser) : PageTest(browser)
{
    protected override Task<EvidenceSite> StartSiteAsync() => EvidenceSite.StartWithHybridRankingAsync();

    [BrowserFact]
    public async Task FreeText_WithVectorsReady_SaysItIsRankedByMeaningAndWords()
    {
        var response = await Site.Client.GetStringAsync("/api/evidence?q=cohort");
        Assert.Contains("\"ranking\":\"hybrid\"", response, StringComparison.Ordinal);

        await Page.GotoAsync("/?q=cohort");
        await Expect(Page.Locator("ol.result-list > li").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#ranking")).ToHaveTextAsync("Ranked by meaning and words: sources close in meaning to your question come first, even when they use other words.");
        await ScreenshotsAsync("search-ranked-by-meaning");
        AssertNoPageErrors();
    }
}
