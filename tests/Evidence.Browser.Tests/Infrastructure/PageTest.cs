using Microsoft.Playwright;

namespace Evidence.Browser.Tests.Infrastructure;

/// <summary>
/// A test on the page: its own service over the fixture corpus, its own browser context at desktop size,
/// and a record of every console error and uncaught exception, which fails the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class PageTest(BrowserFixture browser) : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly List<string> _errors = [];
    private IBrowserContext? _context;

    protected EvidenceSite Site { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Screenshots land beside the test assembly: bin/Debug/net10.0/screenshots/.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    protected virtual Task<EvidenceSite> StartSiteAsync() => EvidenceSite.StartAsync();

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;
        Site = await StartSiteAsync();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.BaseAddress.ToString(),
            ViewportSize = Desktop,
            Locale = "en-GB",
            // The page scrolls smoothly unless the reader asks for reduced motion; a click that lands while the
            // heading's focus scroll is still moving the page can miss its link, so the tests ask for none.
            ReducedMotion = ReducedMotion.Reduce,
        });
        await _context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Site.BaseAddress.GetLeftPart(UriPartial.Authority) });
        _context.SetDefaultTimeout(15_000);
        // CI runs the test assemblies side by side on two cores; an expectation waits as long as an action may.
        Assertions.SetDefaultExpectTimeout(15_000);
        Page = await _context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            // A 404 from a synthesis endpoint not yet merged is expected and shown on the page as such.
            if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal)) _errors.Add(message.Text);
        };
        Page.PageError += (_, error) => _errors.Add(error);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        Site?.Dispose();
    }

    /// <summary>The page reported no script error and no Content-Security-Policy or Trusted Types violation.</summary>
    protected void AssertNoPageErrors() => Assert.Empty(_errors);

    protected ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    protected ILocator Main => Page.Locator("main");

    /// <summary>
    /// Saves the page at desktop and phone width as <c>{name}-desktop.png</c> and <c>{name}-phone.png</c>. The
    /// phone shot reloads the page at phone width, as a phone would first show it; the page ends at desktop width.
    /// </summary>
    protected async Task ScreenshotsAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await ShootAsync(Desktop, Path.Combine(ScreenshotFolder, $"{name}-desktop.png"));
        await ShootAsync(Phone, Path.Combine(ScreenshotFolder, $"{name}-phone.png"));
        var overflow = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{name}: the page is {overflow}px wider than a {Phone.Width}px phone screen");
        await Page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        await ReloadAsync();
    }

    private async Task ShootAsync(ViewportSize size, string path)
    {
        await Page.SetViewportSizeAsync(size.Width, size.Height);
        await ReloadAsync();
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }

    private async Task ReloadAsync()
    {
        await Page.ReloadAsync(new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(Main).Not.ToHaveAttributeAsync("aria-busy", "true");
    }
}
