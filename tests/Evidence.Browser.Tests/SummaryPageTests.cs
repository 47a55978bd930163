using System.Text.RegularExpressions;
using Evidence.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Evidence.Browser.Tests;

public sealed class SummaryPageTests(BrowserFixture browser) : PageTest(browser)
{
    [BrowserFact]
    public async Task Summary_ForACondition_ShowsEachOutcome_AdverseEvents_AndFlaggedDrafts()
    {
        await Site.RequireEndpointAsync("/api/summary?condition=acne-scars");
        await Page.GotoAsync("/?view=summary&condition=acne-scars");

        await Expect(Page.Locator(".summary-title")).ToHaveTextAsync("Atrophic acne scars");
        var scarAppearance = Page.Locator(".summary-table tbody tr", new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "Scar appearance" }) });
        await Expect(scarAppearance.Locator("td.comparison")).ToContainTextAsync("Microneedling, before and after treatment (no comparison group)");
        await Expect(scarAppearance.Locator("td.number")).ToHaveTextAsync("3");
        await Expect(scarAppearance).ToContainTextAsync("Randomised controlled trial: 1");
        await Expect(scarAppearance).ToContainTextAsync("Level 1");
        await Expect(scarAppearance).ToContainTextAsync("Microneedling: no change after treatment: 1");
        await Expect(scarAppearance).ToContainTextAsync("Microneedling: mixed results after treatment: 1");

        var erythema = Page.Locator(".adverse-table tbody tr", new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "Erythema" }) });
        await Expect(erythema.Locator("td").First).ToHaveTextAsync("3");
        await Expect(erythema).ToContainTextAsync("Two days in most participants");

        await Expect(Page.Locator("#flagged-heading")).ToBeVisibleAsync();
        await Expect(Page.Locator(".review-box-flagged")).ToContainTextAsync(PageFixtures.DraftTitle);
        await ScreenshotsAsync("summary");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Summary_ChoosingAConditionInTheForm_PutsItInTheUrl()
    {
        await Page.GotoAsync("/?view=summary");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Outcome summary");
        await Page.GetByLabel("Condition", new() { Exact = true }).SelectOptionAsync("striae-distensae");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show summary" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"\?view=summary&condition=striae-distensae$"));
        await Expect(Page.GetByLabel("Condition", new() { Exact = true })).ToHaveValueAsync("striae-distensae");
    }
}
