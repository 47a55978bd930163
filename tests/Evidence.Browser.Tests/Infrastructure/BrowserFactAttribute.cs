using Xunit.Sdk;

namespace Evidence.Browser.Tests.Infrastructure;

/// <summary>
/// A fact that needs Chromium: skipped, with the reason, where the browser is not installed. A test may also
/// skip itself at run time by throwing <see cref="SkipTestException"/> (xunit 2 has no Assert.Skip), which
/// the synthesis-API tests do while the service answers 404 for the endpoint they drive.
/// </summary>
[XunitTestCaseDiscoverer("Evidence.Browser.Tests.Infrastructure.BrowserFactDiscoverer", "Evidence.Browser.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled) Skip = Chromium.MissingReason;
    }
}

/// <summary>Thrown by a test to report itself as skipped, with <see cref="Exception.Message"/> as the reason.</summary>
public sealed class SkipTestException(string reason) : Exception(reason);
