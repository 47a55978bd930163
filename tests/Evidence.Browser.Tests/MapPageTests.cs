using System.Text.RegularExpressions;
using Evidence.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Evidence.Browser.Tests;

public sealed class MapPageTests(BrowserFixture browser) : PageTest(browser)
{
    [BrowserFact]
    public async Task Map_ShowsCellsAndGaps_AndEnterOnACellOpensTheFilteredSearch()
    {
        await Site.RequireEndpointAsync("/api/map");
        await Page.GotoAsync("/?view=map");

        var cell = Page.GetByRole(AriaRole.Button, new() { Name = "Atrophic acne scars, Scar appearance: 3 sources" });
        await Expect(cell).ToContainTextAsync("3 sources");
        await Expect(cell).ToContainTextAsync("Level 1");
        Assert.True(await Page.Locator("td.gap").CountAsync() > 0, "the fixture corpus has condition × outcome pairs with no evidence");
        await Expect(Page.Locator("td.gap").First).ToContainTextAsync("Gap: no evidence");
        await ScreenshotsAsync("map");

        await cell.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex(@"\?condition=acne-scars&outcome=scar-appearance$"));
        await Expect(Page.Locator("#results-heading")).ToHaveTextAsync("3 sources");
        AssertNoPageErrors();
    }

    [BrowserFact]
    public async Task Map_ClickingACell_OpensTheSearch()
    {
        await Site.RequireEndpointAsync("/api/map");
        await Page.GotoAsync("/?view=map");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Androgenetic alopecia, Hair count: 1 source" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"\?condition=androgenetic-alopecia&outcome=hair-count$"));
        await Expect(Page.Locator("#results-heading")).ToHaveTextAsync("1 source");
    }
}
