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
        await Expect(Page.Locator("#verdict-heading")).ToHaveTextAsync(new Regex("^Verdict: (Supported by the evidence|Mixed evidence: some for, some against)$"));
        await Expect(Page.Locator(".verdict p").First).Not.ToBeEmptyAsync();
        await Expect(Page.Locator(".recognised")).ToContainTextAsync("Atrophic acne scars");
        await Expect(Page.Locator(".recognised")).ToContainTextAsync("Microneedling");

        var supporting = Page.Locator("section[aria-labelledby=supporting-heading] .finding-cards > li");
        await Expect(supporting.Filter(new() { HasText = "Fixture: microneedling for atrophic acne scars, a randomised trial" })).ToHaveCountAsync(1);
        // Each card says which comparison it is, in words.
        await Expect(supporting.Filter(new() { HasText = "Fixture: microneedling for atrophic acne scars, a randomised trial" }).Locator(".comparison"))
            .ToHaveTextAsync("Comparison: Microneedling, before and after treatment");
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

        await Expect(Page.Locator("#verdict-heading")).ToHaveTextAsync("Verdict: Not enough evidence to decide");
        await Expect(Page.Locator(".verdict .caution")).ToContainTextAsync("Absolute wording");
        await Expect(Page.Locator("#supporting-heading")).ToHaveTextAsync("Evidence for the claim (0)");
        await Expect(Page.Locator(".recognised")).ToContainTextAsync("Absolute efficacy: cures, or works permanently");
        var related = Page.Locator("section[aria-labelledby=related-heading] .finding-cards > li");
        await Expect(related.Filter(new() { HasText = "Fixture: microneedling for atrophic acne scars, a randomised trial" })).ToHaveCountAsync(1);
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task HarmClaim_ShowsWhatWasUnderstood_AndEachReportAsAnAdverseEventReport_NotAFinding()
    {
        await Site.RequireEndpointAsync("/api/claims/check", JsonContent.Create(new { claim = Claim }));
        await Page.GotoAsync("/?view=claim&text=" + Uri.EscapeDataString("Microneedling may cause redness in some people"));

        await Expect(Page.Locator("#verdict-heading")).ToHaveTextAsync("Verdict: Supported by the evidence");
        var understood = Page.Locator(".recognised");
        await Expect(understood).ToContainTextAsync("Harm: the treatment can cause it");
        await Expect(understood).ToContainTextAsync("Erythema (from “redness”)");
        await Expect(understood).ToContainTextAsync("Hedged");
        var cards = Page.Locator("section[aria-labelledby=supporting-heading] .finding-cards > li");
        await Expect(cards.First.Locator(".comparison")).ToHaveTextAsync("Comparison: an adverse-event report");
        await Expect(cards.First.Locator(".finding-result")).ToContainTextAsync("Reported adverse event: Erythema");
        // Improvement findings on the same treatment never stand for or against a harm.
        await Expect(Page.Locator(".finding-result").Filter(new() { HasText = "improved" })).ToHaveCountAsync(0);
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task UncoveredAndUnknownWords_AreNamed_AndGiveNoVerdict()
    {
        await Site.RequireEndpointAsync("/api/claims/check", JsonContent.Create(new { claim = Claim }));
        await Page.GotoAsync("/?view=claim&text=" + Uri.EscapeDataString("Microneedling can cause burns"));

        await Expect(Page.Locator("#verdict-heading")).ToHaveTextAsync("Verdict: Not covered by this library: no verdict");
        await Expect(Page.Locator("#not-covered-heading")).ToHaveTextAsync("Not in this library: the harm “burns”");
        await Expect(Page.Locator(".not-covered li").First).ToHaveTextAsync(new Regex("Erythema|Infection"));

        await Page.GotoAsync("/?view=claim&text=" + Uri.EscapeDataString("Microneedling is a game changer for acne scars"));
        await Expect(Page.Locator("#verdict-heading")).ToHaveTextAsync("Verdict: Not understood: no verdict");
        await Expect(Page.Locator(".recognised")).ToContainTextAsync("“game”, “changer”");
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
