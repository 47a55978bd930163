using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Evidence.Service.Admin;
using Evidence.Service.Infrastructure;

namespace Evidence.Service.Tests;

/// <summary>Security headers, the read-only API, the admin key, rate limiting and path traversal.</summary>
public sealed partial class SecurityTests
{
    private const string AdminKey = "correct-horse-battery-staple-42";

    private static async Task<(EvidenceApplication App, HttpClient Client)> Start(Dictionary<string, string>? settings = null)
    {
        var app = new EvidenceApplication(settings: settings);
        return (app, await app.StartAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/api/evidence")]
    [InlineData("/api/status")]
    [InlineData("/api/no-such-route")]
    [InlineData("/api/evidence?page=-1")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var (app, client) = await Start();
        await using var _ = app;
        using var response = await client.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.StrictPolicy, csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task WebPage_HasNoInlineScriptOrStyle()
    {
        var (app, client) = await Start();
        await using var _ = app;
        var html = await client.GetStringAsync("/");

        // Under the strict policy an inline script or style would be blocked by the browser, so there must be none.
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [Fact]
    public async Task ApiReference_GetsARelaxedPolicy_AndItsAssetsLoad()
    {
        var (app, client) = await Start();
        await using var _ = app;
        using var page = await client.GetAsync("/api/reference/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.ReferencePolicy, csp);
        Assert.Contains("frame-ancestors 'none'", csp);

        // Every script the page loads is same-origin (allowed by 'self') and is served.
        var html = await page.Content.ReadAsStringAsync();
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            Assert.DoesNotContain("://", script);
            using var asset = await client.GetAsync("/api/reference/" + script);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
        using var openApi = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
    }

    [GeneratedRegex(@"<script[^>]*\bsrc=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();

    [Theory]
    [InlineData("POST", "/api/evidence")]
    [InlineData("PUT", "/api/evidence/fixture-acne-rct")]
    [InlineData("DELETE", "/api/evidence/fixture-acne-rct")]
    [InlineData("PATCH", "/api/status")]
    [InlineData("POST", "/api/vocabulary")]
    public async Task PublicApi_IsReadOnly(string method, string url)
    {
        var (app, client) = await Start();
        await using var _ = app;
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Reindex_IsOff_WithoutAConfiguredKey()
    {
        var (app, client) = await Start();
        await using var _ = app;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        request.Headers.Add(AdminApi.KeyHeader, "anything");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("correct-horse-battery-staple-43")]
    [InlineData("CORRECT-HORSE-BATTERY-STAPLE-42")]
    public async Task Reindex_RefusesAMissingOrWrongKey(string? key)
    {
        var (app, client) = await Start(new() { ["Evidence:AdminApiKey"] = AdminKey });
        await using var _ = app;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        if (key is not null) request.Headers.TryAddWithoutValidation(AdminApi.KeyHeader, key);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reindex_WithTheKey_RescansTheCorpus()
    {
        var (app, client) = await Start(new() { ["Evidence:AdminApiKey"] = AdminKey });
        await using var _ = app;
        app.Corpus.Write("fixture-admin", Evidence.Testing.TestCorpus.Source("fixture-admin", "Fixture: picked up by an admin re-scan", 2024, "cohort",
            ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], []));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex") { Content = JsonContent.Create(new { wait = true }) };
        request.Headers.Add(AdminApi.KeyHeader, AdminKey);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("done", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        using var source = await client.GetAsync("/api/evidence/fixture-admin");
        Assert.Equal(HttpStatusCode.OK, source.StatusCode);

        var quick = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        quick.Headers.Add(AdminApi.KeyHeader, AdminKey);
        using var accepted = await client.SendAsync(quick);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Fact]
    public void KeyComparison_IsExactAndLengthIndependent()
    {
        Assert.True(AdminApi.KeyMatches(AdminKey, AdminKey));
        Assert.False(AdminApi.KeyMatches(AdminKey, ""));
        Assert.False(AdminApi.KeyMatches(AdminKey, AdminKey[..^1]));
        Assert.False(AdminApi.KeyMatches(AdminKey, AdminKey + "x"));
    }

    [Fact]
    public async Task RateLimit_Answers429WithProblemDetails_PerClient()
    {
        var (app, client) = await Start(new() { ["Evidence:RateLimit:PermitsPerSecond"] = "1", ["Evidence:RateLimit:Burst"] = "3" });
        await using var _ = app;
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++) statuses.Add(await client.GetAsync("/api/status"));

        var limited = statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(limited.Count, 5, 7);
        Assert.Equal("application/problem+json", limited[0].Content.Headers.ContentType?.MediaType);
        Assert.True(limited[0].Headers.Contains("Retry-After"));
        statuses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task DefaultRateLimit_DoesNotThrottleABurstFromOneClient()
    {
        var (app, client) = await Start();
        await using var _ = app;
        // /api/status, not /healthz: the health routes are outside the limiter, so they could not show a throttle.
        var burst = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => client.GetAsync("/api/status")));

        Assert.All(burst, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in burst) response.Dispose();
    }

    [Theory]
    [InlineData("/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/../appsettings.json")]
    [InlineData("/..%2Fappsettings.json")]
    [InlineData("/api/evidence/..%2F..%2Fappsettings")]
    public async Task StaticFilesAndIds_DoNotTraverse(string url)
    {
        var (app, client) = await Start();
        await using var _ = app;
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("\"Evidence\"", body);
    }
}
