using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Evidence.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Evidence.Browser.Tests;

public sealed class ClaimPageTests(BrowserFixture browser) : PageTest(browser)
{
    private const string Claim = "Microneedling reduces the appearance of acne scars";

    [BrowserFact]
    public async Task ClaimCheck_ShowsVerdict_Reason_Concepts_AndFindingsWithCitationsToCopy()
    {
        await Site.RequireEndpointAsync("/api/claims/check", JsonContent.Create(new { claim = Claim }));
        await Page.GotoAsync("/?view=claim");
        await Page.GetByLabel("Claim to check").FillAsync(Claim);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check claim" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"\?view=claim&text=Microneedling\+reduces"));
        await Expect(Page.Locator("#verdict-heading")).ToHaveTextAsync(new Regex("^Verdict: (Supported|Contradicted|Mixed evidence|Insufficient evidence)$"));
        await Expect(Page.Locator(".verdict p").First).Not.ToBeEmptyAsync();
        await Expect(Page.Locator(".recognised")).ToContainTextAsync("Atrophic acne scars");
        await Expect(Page.Locator(".recognised")).ToContainTextAsync("Microneedling");

        var supporting = Page.Locator("section[aria-labelledby=supporting-heading] .finding-cards > li");
        await Expect(supporting.Filter(new() { HasText = "Fixture: microneedling for atrophic acne scars, a randomised trial" })).ToHaveCountAsync(1);
        var first = supporting.First;
        await first.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied");
        var clipboard = await Page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Contains(clipboard, await first.Locator(".citation-inline").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotsAsync("claim");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task AbsoluteClaim_IsNotSupported_AndShowsTheRelatedFindings()
    {
        await Site.RequireEndpointAsync("/api/claims/check", JsonContent.Create(new { claim = Claim }));
        await Page.GotoAsync("/?view=claim&text=" + Uri.EscapeDataString("Microneedling permanently cures acne scars"));

        await Expect(Page.Locator("#verdict-heading")).ToHaveTextAsync("Verdict: Insufficient evidence");
        await Expect(Page.Locator(".verdict .caution")).ToContainTextAsync("Absolute wording");
        await Expect(Page.Locator("#supporting-heading")).ToHaveTextAsync("Supporting findings (0)");
        var related = Page.Locator("section[aria-labelledby=related-heading] .finding-cards > li");
        await Expect(related.Filter(new() { HasText = "Fixture: microneedling for atrophic acne scars, a randomised trial" })).ToHaveCountAsync(1);
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task ClaimView_WithoutText_ShowsTheFormOnly()
    {
        await Page.GotoAsync("/?view=claim");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check a claim");
        await Expect(Page.GetByLabel("Claim to check")).ToBeEmptyAsync();
        await Expect(Page.Locator(".verdict")).ToHaveCountAsync(0);
        AssertNoPageErrors();
    }
}
