using System.Text.RegularExpressions;
using Evidence.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Evidence.Browser.Tests;

/// <summary>Landmarks, labels, headings and history, checked on every view.</summary>
public sealed class PageStructureTests(BrowserFixture browser) : PageTest(browser)
{
    private const string Audit = """
        () => {
          const problems = [];
          if (document.documentElement.lang !== 'en') problems.push('html lang is not en');
          for (const selector of ['header', 'nav', 'main']) if (!document.querySelector(selector)) problems.push('no ' + selector);
          for (const control of document.querySelectorAll('input, select, textarea, button')) {
            const labelled = control.labels?.length || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby')
              || (control.tagName === 'BUTTON' && control.textContent.trim());
            if (!labelled && control.type !== 'hidden' && !control.closest('[hidden]')) problems.push('unlabelled ' + control.outerHTML.slice(0, 80));
          }
          let previous = 0;
          for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
            const level = Number(heading.tagName[1]);
            if (level > previous + 1) problems.push(`heading ${heading.tagName} "${heading.textContent.slice(0, 40)}" skips a level`);
            previous = level;
          }
          if (document.querySelectorAll('h1').length !== 1) problems.push('h1 count ' + document.querySelectorAll('h1').length);
          return problems;
        }
        """;

    [BrowserFact]
    public async Task EveryView_HasLandmarks_LabelledControls_AndHeadingsInOrder()
    {
        foreach (var url in new[] { "/?q=scars", "/?view=source&id=" + PageFixtures.DraftId, "/?view=summary&condition=acne-scars", "/?view=map", "/?view=claim&text=Microneedling+reduces+acne+scars" })
        {
            await Page.GotoAsync(url);
            await Expect(Main).Not.ToHaveAttributeAsync("aria-busy", "true");
            await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
            var problems = await Page.EvaluateAsync<string[]>(Audit);
            Assert.True(problems.Length == 0, url + ": " + string.Join("; ", problems));
        }
    }

    [BrowserFact]
    public async Task MainNavigation_BackAndForward_RestoreEachView()
    {
        await Page.GotoAsync("/");
        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Evidence map" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Evidence map");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Evidence map" })).ToHaveAttributeAsync("aria-current", "page");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Check a claim" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"\?view=claim$"));

        await Page.GoBackAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Evidence map");
        await Page.GoBackAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Search the evidence");
        await Page.GoForwardAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"\?view=map$"));
    }

    [BrowserFact]
    public async Task SkipLink_IsTheFirstTabStop_ShowsFocus_AndMovesFocusToTheContent()
    {
        await Page.GotoAsync("/");
        await Expect(Page.Locator("#results-heading")).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Tab");
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        Assert.Equal("solid", await skip.EvaluateAsync<string>("link => getComputedStyle(link).outlineStyle"));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Main).ToBeFocusedAsync();
        Assert.Equal(Site.BaseAddress.ToString(), Page.Url);
    }

    [BrowserFact]
    public async Task FirstPage_LoadsFewSmallStaticFiles()
    {
        var sizes = new List<(string Url, long Bytes)>();
        Page.Response += (_, response) => sizes.Add((response.Url, long.TryParse(response.Headers.GetValueOrDefault("content-length"), out var n) ? n : 0));
        await Page.GotoAsync("/");
        await Expect(Page.Locator("#results-heading")).ToBeVisibleAsync();
        var files = sizes.Where(s => !s.Url.Contains("/api/", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count <= 10, $"{files.Count} static files: {string.Join(", ", files.Select(f => f.Url))}");
        Assert.True(files.Sum(f => f.Bytes) < 100_000, $"static files total {files.Sum(f => f.Bytes)} bytes");
    }
}

/// <summary>The page over a copy of the repository's seed corpus: whatever it holds, search finds it.</summary>
public sealed class SeedCorpusPageTests(BrowserFixture browser) : PageTest(browser)
{
    protected override Task<EvidenceSite> StartSiteAsync() => EvidenceSite.StartOnSeedCorpusAsync();

    [BrowserFact]
    public async Task SeedCorpus_SearchForMicroneedling_ListsSourcesThatOpen()
    {
        await Page.GotoAsync("/?q=microneedling");
        await Expect(Page.Locator("#results-heading")).ToHaveTextAsync(new Regex(@"^[1-9]\d* sources?"));
        await Page.Locator("ol.result-list h3 a").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"\?view=source&id="));
        await Expect(Page.Locator(".citation").First).Not.ToHaveTextAsync("Loading…");
        AssertNoPageErrors();
    }
}
