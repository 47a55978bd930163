namespace Evidence.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium package, never a browser build of Playwright's own: the machines that run these tests
/// reach package registries but not Playwright's download host. .ci/run installs the package.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static string MissingReason => $"Chromium is not installed at {ExecutablePath} (apt-get install chromium)";

    /// <summary>No GPU, no sandbox (CI runs as root), and nothing that phones home during a test.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];
}
