using System.Net;
using System.Text;

namespace Evidence.Service.Tests;

/// <summary>The bad-input rows for the one public POST route: each gets a 4xx with problem details, never a 500.</summary>
public sealed class ClaimBadInputTests : IAsyncLifetime
{
    private readonly EvidenceApplication _app = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _app.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    public static TheoryData<string, string, int> Bodies => new()
    {
        { "{\"claim\": ", "application/json", 400 },
        { "[1, 2, 3]", "application/json", 400 },
        { "{\"claim\": 42}", "application/json", 400 },
        { "{}", "application/json", 400 },
        { "{\"claim\": \"   \"}", "application/json", 400 },
        { "{\"claim\": \"" + new string('x', 2_000) + "\"}", "application/json", 400 },
        { "claim=microneedling", "application/x-www-form-urlencoded", 415 },
        { "microneedling works", "text/plain", 415 },
        { "{\"claim\": \"" + new string('x', 200_000) + "\"}", "application/json", 413 },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task BadBodies_Get4xxProblemDetails(string body, string contentType, int expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await _client.PostAsync("/api/claims/check", content);

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
