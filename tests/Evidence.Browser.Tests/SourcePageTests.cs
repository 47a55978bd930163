using System.Text.RegularExpressions;
using Evidence.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Evidence.Browser.Tests;

public sealed class SourcePageTests(BrowserFixture browser) : PageTest(browser)
{
    private const string DraftUrl = "/?view=source&id=" + PageFixtures.DraftId;

    [BrowserFact]
    public async Task OpeningAResult_ShowsTheWholeSource_WithWhatIsUnverified_AndLinkedIdentifiers()
    {
        await Page.GotoAsync("/?q=cohort");
        await Page.GetByRole(AriaRole.Link, new() { Name = PageFixtures.DraftTitle }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(DraftUrl) + "$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(PageFixtures.DraftTitle);
        var review = Page.Locator(".review-box");
        await Expect(review).ToContainTextAsync("Draft · Partly verified");
        await Expect(review).ToContainTextAsync("Not yet verified: pmid, pages");
        await Expect(review).ToContainTextAsync("The PMID comes from a secondary list.");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "10.5555/" + PageFixtures.DraftId }))
            .ToHaveAttributeAsync("href", "https://doi.org/10.5555/" + PageFixtures.DraftId);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = PageFixtures.DraftPmid }))
            .ToHaveAttributeAsync("href", $"https://pubmed.ncbi.nlm.nih.gov/{PageFixtures.DraftPmid}/");
        await Expect(Page.Locator("blockquote")).ToHaveTextAsync(PageFixtures.DraftQuote);
        await Expect(Page.Locator(".quote figcaption")).ToHaveTextAsync("Location: " + PageFixtures.DraftQuoteLocation);
        await Expect(Main).ToContainTextAsync("Needling alone did not change scar grade in this cohort.");
        await Expect(Main).ToContainTextAsync("No randomisation; assessors were not blinded.");
        await Expect(Page.Locator(".findings .direction")).ToHaveTextAsync("=No difference");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
        await ScreenshotsAsync("source");

        await Page.GoBackAsync();
        await Expect(Page.Locator("#results-heading")).ToBeVisibleAsync();
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task CopyingTheAmaCitation_PutsItOnTheClipboard_AndSaysCopied()
    {
        await Page.GotoAsync(DraftUrl);
        var ama = Page.Locator("#cite-ama");
        await Expect(ama).ToContainTextAsync("Fixture A. " + PageFixtures.DraftTitle);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy AMA citation" }).ClickAsync();
        await Expect(Page.Locator(".citation-block").First.GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied");
        Assert.Equal(await ama.TextContentAsync(), await Page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Citations_InEveryStyle_EachCopiesItsOwnText()
    {
        await Site.RequireEndpointAsync($"/api/evidence/{PageFixtures.DraftId}/cite?style=ama");
        await Page.GotoAsync(DraftUrl);
        foreach (var style in new[] { "AMA", "APA", "Vancouver", "BibTeX", "RIS", "CSL-JSON" })
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = style, Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator("#cite-bibtex")).ToContainTextAsync("@");
        await Expect(Page.Locator("#cite-ris")).ToContainTextAsync("TY  - ");
        await Expect(Page.Locator("#cite-csl-json")).ToContainTextAsync(PageFixtures.DraftId);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy BibTeX citation" }).ClickAsync();
        await Expect(Page.Locator(".citation-block", new() { Has = Page.Locator("#cite-bibtex") }).GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied");
        Assert.Equal(await Page.Locator("#cite-bibtex").TextContentAsync(), await Page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task UnknownSource_SaysSo()
    {
        await Page.GotoAsync("/?view=source&id=no-such-source");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("No such source");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("no-such-source");
    }
}
