using System.Net;
using System.Text.Json;

namespace Evidence.Service.Tests;

/// <summary>
/// Answers stay small and cheap whatever a request repeats, and the health routes answer load balancers
/// (HEAD) and busy clients (outside the rate limiter).
/// </summary>
public sealed class ResponseBoundsTests : IAsyncLifetime
{
    private EvidenceApplication _app = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync() => Start(null);

    private async Task Start(Dictionary<string, string>? settings)
    {
        _client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _app = new EvidenceApplication(settings: settings);
        _client = await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    // Distinct values are kept under Kestrel's 16 KB request line (a longer one is refused before the API with 414).
    [Theory]
    [InlineData("outcome", "zzqzz", false, 1_000)]
    [InlineData("outcome", "zzqzz", true, 600)]
    [InlineData("condition", "nothing", true, 600)]
    [InlineData("design", "nodesign", true, 600)]
    public async Task RepeatedBadValues_GiveASmallProblem(string parameter, string value, bool distinct, int count)
    {
        var query = string.Join("&", Enumerable.Range(0, count).Select(i => $"{parameter}={value}{(distinct ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}"));
        using var response = await _client.GetAsync($"/api/evidence?{query}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.Length < 4_096, $"{body.Length:N0} bytes");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty(parameter);
        Assert.Contains(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), errors[0].GetString());
    }

    [Fact]
    public async Task ManyDistinctBadValuesUnderTheCap_ListFiveAndCountTheRest()
    {
        var query = string.Join("&", Enumerable.Range(0, 40).Select(i => $"outcome=zzqzz{i}"));
        using var response = await _client.GetAsync($"/api/evidence?{query}");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("outcome");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(6, errors.GetArrayLength());
        Assert.Equal("and 35 more problems with outcome", errors[5].GetString());
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task HealthRoutes_AnswerHead(string path)
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task HealthRoutes_AreOutsideTheRateLimiter()
    {
        await Start(new() { ["Evidence:RateLimit:PermitsPerSecond"] = "1", ["Evidence:RateLimit:Burst"] = "1" });
        var throttled = 0;
        for (var i = 0; i < 20; i++)
        {
            using var api = await _client.GetAsync("/api/status");
            if (api.StatusCode == HttpStatusCode.TooManyRequests) throttled++;
            using var health = await _client.GetAsync("/healthz");
            using var ready = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/readyz"));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        Assert.True(throttled > 10, $"the limiter throttled only {throttled} of 20 API requests");
    }
}
