using Evidence.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Evidence.Browser.Tests;

public sealed class SearchPageTests(BrowserFixture browser) : PageTest(browser)
{
    private ILocator Results => Page.Locator("ol.result-list > li");

    private ILocator ResultsHeading => Page.Locator("#results-heading");

    [BrowserFact]
    public async Task Search_LayWordsOfferAConcept_PickedWithTheKeyboard_FiltersByCondition()
    {
        await Page.GotoAsync("/");
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Condition, outcome, treatment or any words (clinical or everyday)" });
        await box.PressSequentiallyAsync("stretch");
        var option = Page.GetByRole(AriaRole.Option).First;
        await Expect(option).ToContainTextAsync("stretch marks");
        await Expect(option).ToContainTextAsync("Striae distensae");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");

        await box.PressAsync("ArrowDown");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", "q-option-0");
        await Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?condition=striae-distensae$"));
        await Expect(ResultsHeading).ToHaveTextAsync("2 sources");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Remove filter: Condition: Striae distensae" })).ToBeVisibleAsync();
        await Expect(Results.First).ToContainTextAsync("Striae distensae");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Autocomplete_Escape_ClosesTheList_AndEnterWithoutAnOption_SearchesTheText()
    {
        await Page.GotoAsync("/");
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Condition, outcome, treatment" });
        await box.PressSequentiallyAsync("hair");
        await Expect(Page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        await box.PressAsync("Escape");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();

        await box.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=hair$"));
        await Expect(ResultsHeading).ToHaveTextAsync("1 source");
        await Expect(Results.First).ToContainTextAsync("androgenetic alopecia");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Facets_ClickingADesign_UpdatesTheUrlAndNarrowsResults_AndBackRestoresThem()
    {
        await Page.GotoAsync("/");
        await Expect(ResultsHeading).ToHaveTextAsync("6 sources");
        await ScreenshotsAsync("search-results");

        await Page.GetByLabel("Randomised controlled trial (2)").CheckAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?design=randomised-controlled-trial$"));
        await Expect(ResultsHeading).ToHaveTextAsync("2 sources");
        await Expect(Page.GetByLabel("Randomised controlled trial (2)")).ToBeCheckedAsync();

        await Page.GetByLabel("Level 1 only").CheckAsync();
        await Expect(ResultsHeading).ToHaveTextAsync("0 sources");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("minLevel=1"));

        await Page.GoBackAsync();
        await Expect(ResultsHeading).ToHaveTextAsync("2 sources");
        await Page.GoBackAsync();
        await Expect(ResultsHeading).ToHaveTextAsync("6 sources");
        await Page.GoForwardAsync();
        await Expect(ResultsHeading).ToHaveTextAsync("2 sources");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Filters_FromTheUrl_YearRangeAndSort_AreAppliedAndShown()
    {
        await Page.GotoAsync("/?condition=acne-scars&yearFrom=2019&sort=year");
        await Expect(ResultsHeading).ToHaveTextAsync("3 sources");
        await Expect(Page.Locator("#sort")).ToHaveValueAsync("year");
        await Expect(Results.First).ToContainTextAsync("2021");

        await Page.Locator("#f-year-to").FillAsync("2020");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply years" }).ClickAsync();
        await Expect(ResultsHeading).ToHaveTextAsync("2 sources");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("yearTo=2020"));
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Paging_NextAndPrevious_MoveThroughTheResults_AndKeepTheFilters()
    {
        await Page.GotoAsync("/?condition=acne-scars&pageSize=2&sort=year");
        await Expect(ResultsHeading).ToHaveTextAsync("3 sources · page 1 of 2");
        await Expect(Results).ToHaveCountAsync(2);
        var pages = Page.GetByRole(AriaRole.Navigation, new() { Name = "Result pages" });
        await pages.GetByRole(AriaRole.Link, new() { Name = "Next page →" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("condition=acne-scars.*page=2"));
        await Expect(ResultsHeading).ToHaveTextAsync("3 sources · page 2 of 2");
        await Expect(Results).ToHaveCountAsync(1);
        await Expect(Results.First).ToContainTextAsync("2019"); // the oldest of the three, sorted newest first
        await pages.GetByRole(AriaRole.Link, new() { Name = "← Previous page" }).ClickAsync();
        await Expect(ResultsHeading).ToHaveTextAsync("3 sources · page 1 of 2");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Results_ShowLevel_DirectionInWords_AdverseEvents_AndReviewStatus()
    {
        await Page.GotoAsync("/?q=cohort");
        var draft = Results.Filter(new() { HasText = PageFixtures.DraftTitle });
        await Expect(draft).ToHaveCountAsync(1);
        await Expect(draft.Locator(".level")).ToContainTextAsync("Level 3");
        await Expect(draft.Locator(".review")).ToHaveTextAsync("⚠ Draft, partly verified");
        await Expect(draft.Locator(".caution")).ToContainTextAsync("not verified against the publication: pmid, pages");
        await Expect(draft.Locator(".findings .direction")).ToHaveTextAsync("=No difference");
        await Expect(draft.Locator(".adverse")).ToContainTextAsync("Erythema: Two days in most participants (severity: mild)");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task FreeText_WithEmbeddingOff_SaysItIsRankedByWords_AndNothingOnceSortedByYear()
    {
        await Page.GotoAsync("/?q=cohort");
        await Expect(Results.First).ToBeVisibleAsync();
        await Expect(Page.Locator("#ranking")).ToHaveTextAsync("Ranked by words: sources that use more of your words, or their clinical names, come first.");

        await Page.GetByLabel("Sort by").SelectOptionAsync("year");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"sort=year"));
        await Expect(Results.First).ToBeVisibleAsync();
        await Expect(Page.Locator("#ranking")).ToHaveCountAsync(0);
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task CorpusText_WithMarkup_IsShownAsText_AndTheSnippetMarksTheMatch()
    {
        await Page.GotoAsync($"/?q={PageFixtures.MarkupWord}");
        var result = Results.First;
        await Expect(result.Locator("h3")).ToHaveTextAsync(PageFixtures.MarkupTitle);
        await Expect(result.Locator(".snippet mark")).ToHaveTextAsync(PageFixtures.MarkupWord);
        await Expect(result.Locator(".snippet")).ToContainTextAsync("with <b>tags</b> & <img src=x onerror=alert(1)> in it.");
        await Expect(result.Locator(".findings")).ToContainTextAsync("<script>document.title='pwned'</script> effect text");
        await Expect(Main.Locator("img, b, i, script")).ToHaveCountAsync(0);
        Assert.DoesNotContain("pwned", await Page.TitleAsync(), StringComparison.Ordinal);
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Phone_FiltersAreCollapsed_UntilOpened()
    {
        await Page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await Page.GotoAsync("/");
        var filters = Page.Locator("details#filters");
        await Expect(filters).Not.ToHaveAttributeAsync("open", "");
        await Expect(Page.GetByLabel("Case series (1)")).ToBeHiddenAsync();
        await Page.GetByText("Filters", new() { Exact = true }).ClickAsync();
        await Page.GetByLabel("Case series (1)").CheckAsync();
        await Expect(ResultsHeading).ToHaveTextAsync("1 source");
        await Expect(Page.GetByLabel("Case series (1)")).ToBeVisibleAsync(); // stays open after the new results
        AssertNoPageErrors();
    }
}
