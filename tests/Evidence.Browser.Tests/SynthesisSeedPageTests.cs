using System.Text.RegularExpressions;
using Evidence.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Evidence.Browser.Tests;

/// <summary>
/// Comparisons, indirect evidence, safety questions and uncovered topics on the page, over a copy of the seed corpus
/// (its sources are named; no counts are asserted, as the seed grows).
/// </summary>
public sealed class SynthesisSeedPageTests(BrowserFixture browser) : PageTest(browser)
{
    protected override Task<EvidenceSite> StartSiteAsync() => EvidenceSite.StartOnSeedCorpusAsync();

    [BrowserFact]
    public async Task Summary_NamesTheComparison_InEachDirection_NotABareWorsened()
    {
        await Site.RequireEndpointAsync("/api/summary?condition=skin-rejuvenation");
        await Page.GotoAsync("/?view=summary&condition=skin-rejuvenation");

        var row = Page.Locator(".summary-table tbody tr", new() { Has = Page.Locator("td.comparison", new() { HasText = "At-home microneedling device vs in-office microneedling" }) });
        await Expect(row.Locator(".direction.reading")).ToContainTextAsync("At-home microneedling device: worse than in-office microneedling by a physician");
        await Expect(row).ToContainTextAsync("against another treatment");
        await ScreenshotsAsync("summary-comparisons");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Summary_AboutMicroneedling_MarksCombinationEvidenceIndirect_WithItsOwnCertainty()
    {
        await Page.GotoAsync("/?view=summary&condition=androgenetic-alopecia&intervention=microneedling");

        var combination = Page.Locator(".summary-table tbody tr", new() { Has = Page.Locator("td.comparison", new() { HasText = "Microneedling with topical minoxidil vs minoxidil" }) }).First;
        await Expect(combination.Locator(".indirect")).ToContainTextAsync("Indirect: combination: Microneedling with topical minoxidil adds");
        await Expect(combination).ToContainTextAsync("down one (indirectness)");
        await Expect(combination.Locator("td[data-label='Certainty'] strong")).ToHaveTextAsync(new Regex("^(Low|Very low)$"));
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Search_SafetyQuestion_ListsTheAdverseEffectsReviewsFirst()
    {
        await Page.GotoAsync("/?q=" + Uri.EscapeDataString("is microneedling safe"));
        await Expect(Page.Locator("ol.result-list h3").Nth(2)).ToBeVisibleAsync();

        var top = await Page.Locator("ol.result-list h3").AllInnerTextsAsync();
        Assert.Contains("Safety Profile for Microneedling: A Systematic Review", top.Take(3));
        Assert.Contains(top.Take(3), title => title.Contains("adverse", StringComparison.OrdinalIgnoreCase));
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Search_ForSomethingTheLibraryDoesNotCover_SaysSo_InsteadOfRankingTheLibrary()
    {
        await Page.GotoAsync("/?q=" + Uri.EscapeDataString("chemotherapy"));

        await Expect(Page.Locator(".coverage-notice")).ToContainTextAsync("The library has nothing on “chemotherapy”.");
        await Expect(Page.Locator("ol.result-list")).ToHaveCountAsync(0);
        await ScreenshotsAsync("search-not-covered");

        await Page.GotoAsync("/?q=" + Uri.EscapeDataString("chemotherapy microneedling"));
        await Expect(Page.Locator(".unknown-words")).ToHaveTextAsync("No source mentions “chemotherapy”: the results match the other words.");
        await Expect(Page.Locator("ol.result-list h3").First).ToBeVisibleAsync();
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Map_ForATreatmentTheLibraryDoesNotCover_ShowsTheCoverageNotice_NotAnEmptyMap()
    {
        await Site.RequireEndpointAsync("/api/map?intervention=tretinoin");
        await Page.GotoAsync("/?view=map");
        await Page.Locator("#map-intervention").SelectOptionAsync("tretinoin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show map" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"\?view=map&intervention=tretinoin$"));
        await Expect(Page.Locator(".coverage-notice")).ToContainTextAsync("The library has nothing on Tretinoin (topical).");
        await Expect(Page.Locator(".coverage-notice ul.nearest li").First).ToBeVisibleAsync();
        await Expect(Page.Locator("table.evidence-map")).ToHaveCountAsync(0);
        await ScreenshotsAsync("map-not-covered");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Map_CellMixingComparisons_ListsEachComparison_WithNoPooledDirection()
    {
        await Page.GotoAsync("/?view=map&condition=acne-scars");

        var cell = Page.GetByRole(AriaRole.Button, new() { Name = "Atrophic acne scars, Scar appearance:" });
        await Expect(cell).ToContainTextAsync("comparisons, not pooled:");
        await Expect(cell).ToHaveClassAsync(new Regex(@"\bseveral-comparisons\b"));
        await Expect(cell.Locator(".cell-direction").Filter(new() { HasTextRegex = new Regex(@"^\W*Microneedling: better after treatment \(no comparison group\)") })).ToHaveCountAsync(1);
        await Expect(cell.Locator(".cell-direction").Filter(new() { HasTextRegex = new Regex(" than | from | against ") }).First).ToBeVisibleAsync();
        Assert.True(await cell.Locator(".cell-direction").CountAsync() > 1);
        await Expect(Page.Locator("tbody th[scope=row]")).ToHaveTextAsync(["Atrophic acne scars"]);
        await ScreenshotsAsync("map-comparisons");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Claim_SaysWhatToCheck_OncePerSource_NotOnEveryFinding()
    {
        const string lima = "Assessment of the effects of skin microneedling as adjuvant therapy for facial melasma: a pilot study";
        await Page.GotoAsync("/?view=claim&text=" + Uri.EscapeDataString("Microneedling may improve melasma"));

        var supporting = Page.Locator("section[aria-labelledby=supporting-heading]");
        var check = supporting.Locator(".sources-to-check");
        await Expect(check).ToHaveCountAsync(1);
        Assert.True(await supporting.Locator(".finding-cards > li").Filter(new() { HasText = lima }).CountAsync() > 1, "the pilot study has several findings");
        await Expect(check).ToContainTextAsync("This is about the summary in this library, not about the treatment or the quality of the study.");
        await Expect(check.Locator("li").Filter(new() { HasText = lima })).ToHaveTextAsync([lima + ": Draft summary: not yet reviewed by a second person."]);
        await Expect(Page.GetByText("Take care")).ToHaveCountAsync(0);
        await ScreenshotsAsync("claim-sources-to-check");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Summary_SaysWhatToCheck_OncePerSourceInEachComparison_NotOnEveryFinding()
    {
        const string lima = "Assessment of the effects of skin microneedling as adjuvant therapy for facial melasma: a pilot study";
        await Page.GotoAsync("/?view=summary&condition=melasma");

        var group = Page.Locator("details.outcome-findings", new() { Has = Page.Locator(".finding-cards > li", new() { HasText = lima }) }).First;
        await group.Locator("summary").ClickAsync();
        await Expect(group.Locator(".sources-to-check li").Filter(new() { HasText = lima })).ToHaveCountAsync(1);
        Assert.Equal(await group.Locator(".finding-cards > li").Locator("a").Filter(new() { HasText = lima }).CountAsync(),
            await group.Locator(".finding-cards > li").Filter(new() { HasText = lima }).CountAsync());
        await Expect(Page.GetByText("Take care")).ToHaveCountAsync(0);
        AssertNoPageErrors();
    }
}
