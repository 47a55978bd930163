using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Evidence.Service.Admin;

namespace Evidence.Service.Tests;

/// <summary>
/// Hostile and malformed requests. None may cause a 500, take unbounded time or hold unbounded memory: invalid
/// requests get a 4xx with problem details (Kestrel itself refuses an oversize request line or header block with
/// 414/431 and no body, before the app sees it); odd but valid text (regex syntax, RTL, control characters) is
/// just text to the analyser and gets a 200.
/// </summary>
// Shares a collection with the other test that loads or measures a lot of process memory: the memory-bound test
// reads the whole process's working set, which the embedding model (hundreds of MB) would inflate if run beside it.
[Collection("ProcessMemory")]
public sealed class BadInputTests : IAsyncLifetime
{
    private const string AdminKey = "test-admin-key-0123456789";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private readonly EvidenceApplication _app = new(settings: new Dictionary<string, string> { ["Evidence:AdminApiKey"] = AdminKey });
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _app.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request)
    {
        using var timeout = new CancellationTokenSource(Bound * 2);
        var clock = Stopwatch.StartNew();
        var response = await _client.SendAsync(request, timeout.Token);
        Assert.True(clock.Elapsed < Bound, $"{request.Method} {request.RequestUri} took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True((int)response.StatusCode < 500, $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private async Task AssertProblem(HttpRequestMessage request, params HttpStatusCode[] expected)
    {
        var description = $"{request.Method} {Clip(request.RequestUri!.ToString())}";
        using var response = await Send(request);
        Assert.True(expected.Contains(response.StatusCode), $"{description} answered {(int)response.StatusCode}, expected {string.Join(" or ", expected.Select(e => (int)e))}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string Clip(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    public static TheoryData<string> OddButValidText() =>
    [
        new string('(', 2_000)[..400] + "acne" + new string(')', 400),
        "*:* OR title:/.*/ AND foo~2 bar^10 [a TO z] {x TO y} +-!&&||\\",
        "\"unbalanced quote acne",
        "acne\u0000scars\u0001\u001f\u007f",
        "ندبات حب الشباب \u202Eacne\u202C scars",
        "%FF%FE not decoded twice",
        "\uFFFD\uD83D\uDE00 emoji and replacement",
        "   ",
        "?&=#",
    ];

    [Theory]
    [MemberData(nameof(OddButValidText))]
    public async Task OddText_IsJustText(string q)
    {
        using var response = await Send(Get("/api/evidence?q=" + Uri.EscapeDataString(q)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/evidence?q=%FF%FE%C0%AF%ED%A0%80")]
    [InlineData("/api/evidence?q=%00%00%00")]
    [InlineData("/api/evidence?q=acne&q=scars")]
    [InlineData("/api/evidence?foo=bar&__proto__=x&constructor=y")]
    [InlineData("/api/suggest?q=%FF%FE")]
    public async Task InvalidUtf8_ControlCharacters_RepeatedAndUnknownParameters_NeverFail(string url)
    {
        using var response = await Send(Get(url));
        if (!response.IsSuccessStatusCode) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/evidence?page=-1")]
    [InlineData("/api/evidence?page=0")]
    [InlineData("/api/evidence?page=2147483647")]
    [InlineData("/api/evidence?page=99999999999999999999")]
    [InlineData("/api/evidence?page=abc")]
    [InlineData("/api/evidence?pageSize=100000")]
    [InlineData("/api/evidence?pageSize=-5")]
    [InlineData("/api/evidence?page=1&page=2")]
    [InlineData("/api/evidence?minLevel=99")]
    [InlineData("/api/evidence?yearFrom=abc")]
    [InlineData("/api/evidence?yearFrom=2020&yearTo=1990")]
    [InlineData("/api/evidence?sort=random")]
    [InlineData("/api/evidence?design=bogus&design=worse")]
    [InlineData("/api/evidence?condition=no-such-condition")]
    [InlineData("/api/evidence?reviewStatus=%00")]
    public async Task InvalidParameters_Get400ProblemDetails(string url) => await AssertProblem(Get(url), HttpStatusCode.BadRequest);

    [Fact]
    public async Task LongQueryWithinTheRequestLine_Gets400ProblemDetails() =>
        await AssertProblem(Get("/api/evidence?q=" + new string('a', 10_000)), HttpStatusCode.BadRequest);

    [Fact]
    public async Task ManyConditions_Get400ProblemDetails_InBoundedTime() =>
        await AssertProblem(Get("/api/evidence?" + string.Join('&', Enumerable.Range(0, 500).Select(i => $"condition=c{i}"))), HttpStatusCode.BadRequest);

    [Fact]
    public async Task LongSuggestPrefix_Gets400ProblemDetails() =>
        await AssertProblem(Get("/api/suggest?q=" + new string('b', 500)), HttpStatusCode.BadRequest);

    [Fact]
    public async Task HundredKilobyteQuery_IsRefusedByKestrel()
    {
        // Over the 16 KB request-line limit: Kestrel answers 414 itself, before routing, without a body.
        using var response = await Send(Get("/api/evidence?q=" + new string('a', 100_000)));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task OversizeHeaders_AreRefusedByKestrel()
    {
        var request = Get("/api/evidence");
        request.Headers.Add("X-Padding", new string('h', 40_000));
        using var response = await Send(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("..%5C..%5Cwindows%5Cwin.ini")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("fixture-acne-rct%00.yaml")]
    [InlineData("FIXTURE-ACNE-RCT")]
    [InlineData("vocabulary")]
    public async Task IdsNeverBecomePaths(string id)
    {
        using var response = await Send(Get("/api/evidence/" + id));
        // Kestrel refuses a NUL in the path with 400 before routing; every other id is simply not found.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("concepts:", body);
    }

    [Fact]
    public async Task VeryLongId_Gets404ProblemDetails() =>
        await AssertProblem(Get("/api/evidence/" + new string('a', 10_000)), HttpStatusCode.NotFound);

    [Fact]
    public async Task WrongMethod_Gets405ProblemDetails() =>
        await AssertProblem(new HttpRequestMessage(HttpMethod.Delete, "/api/evidence"), HttpStatusCode.MethodNotAllowed);

    private static HttpRequestMessage Reindex(HttpContent? body, string? key = AdminKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex") { Content = body };
        if (key is not null) request.Headers.Add(AdminApi.KeyHeader, key);
        return request;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("{\"wait\":")]
    [InlineData("{\"wait\":\"yes\"}")]
    [InlineData("[]")]
    [InlineData("nul")]
    [InlineData("{\"wait\":true,\"wait\":false")]
    public async Task MalformedJson_Gets400ProblemDetails(string body) => await AssertProblem(Reindex(Json(body)), HttpStatusCode.BadRequest);

    [Fact]
    public async Task DeeplyNestedJson_Gets400ProblemDetails() =>
        await AssertProblem(Reindex(Json("{\"wait\":" + new string('[', 20_000) + new string(']', 20_000) + "}")), HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task WrongContentType_Gets415ProblemDetails(string mediaType) =>
        await AssertProblem(Reindex(new StringContent("{\"wait\":false}", Encoding.UTF8, mediaType)), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task TenMegabyteBody_Gets413ProblemDetails_WithoutBeingRead()
    {
        // Raw socket: headers declare 10 MB, and the answer must come before any of it is sent.
        var port = _client.BaseAddress!.Port;
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, port);
        var stream = socket.GetStream();
        var head = $"POST /api/admin/reindex HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{AdminApi.KeyHeader}: {AdminKey}\r\nContent-Length: {10 * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(Bound);
        var status = await reader.ReadLineAsync(timeout.Token);
        Assert.StartsWith("HTTP/1.1 413", status);
        string? line;
        var headers = new List<string>();
        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync(timeout.Token))) headers.Add(line);
        Assert.Contains(headers, h => h.StartsWith("Content-Type: application/problem+json", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TenMegabyteChunkedBody_Gets413ProblemDetails_AndMemoryStaysBounded()
    {
        var before = Environment.WorkingSet;
        for (var i = 0; i < 5; i++)
        {
            var content = new StreamContent(new MemoryStream(new byte[10 * 1024 * 1024]));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            var request = Reindex(content);
            request.Headers.TransferEncodingChunked = true;
            try
            {
                await AssertProblem(request, HttpStatusCode.RequestEntityTooLarge);
            }
            catch (HttpRequestException)
            {
                // The server may close the connection while the client is still sending; that is a refusal too.
            }
        }
        Assert.True(Environment.WorkingSet - before < 200L * 1024 * 1024, $"working set grew by {(Environment.WorkingSet - before) / 1048576} MB");
    }

    [Fact]
    public async Task BodyOnAGetRoute_IsNotRead() =>
        await AssertProblem(new HttpRequestMessage(HttpMethod.Get, "/api/evidence") { Content = new StringContent("x", Encoding.UTF8, "text/plain") }, HttpStatusCode.UnsupportedMediaType);
}
