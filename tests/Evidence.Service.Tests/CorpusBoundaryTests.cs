using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Evidence.Testing;

namespace Evidence.Service.Tests;

/// <summary>
/// The corpus folder is a trust boundary. Each test puts one hostile thing in the corpus of the real service,
/// with real files (a link out to a file or a folder, a loop, a dangling link, a FIFO, a socket, an unreadable
/// file, a name with a newline and right-to-left characters) and checks that the rest of the corpus stays
/// searchable, the fault is listed in /api/status under its path relative to the corpus, /readyz answers 200,
/// and no response carries the outside content or any absolute path.
/// </summary>
public sealed class CorpusBoundaryTests : IAsyncLifetime
{
    private const string Secret = "Outsidesecretmarker";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly EvidenceApplication _app = new();
    private HttpClient _client = null!;
    private readonly List<string> _bodies = [];

    /// <summary>A folder beside the corpus (not in it) holding valid summaries that must never be read.</summary>
    private string Outside => Path.Combine(_app.Corpus.Root, "outside");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Outside, "folder"));
        File.WriteAllText(Path.Combine(Outside, "fixture-outside.yaml"), Summary("fixture-outside"));
        File.WriteAllText(Path.Combine(Outside, "folder", "fixture-outside-folder.yaml"), Summary("fixture-outside-folder"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _app.DisposeAsync();
    }

    private static string Summary(string id) => TestCorpus.Source(id, $"Fixture: {Secret} read from outside the corpus", 2019, "randomised-controlled-trial",
        conditions: ["acne-scars"], interventions: ["microneedling"],
        findings: [("acne-scars", "scar-appearance", "improved", $"{Secret} improved.")], adverse: []);

    private string Sources(string name) => Path.Combine(_app.CorpusPath, "sources", name);

    [Fact]
    public async Task SymlinkToAFileOutside_IsRefused_NotRead()
    {
        File.CreateSymbolicLink(Sources("fixture-outside.yaml"), Path.Combine(Outside, "fixture-outside.yaml"));
        await AssertContained("sources/fixture-outside.yaml", "symbolic link");
        await AssertNotFound("fixture-outside");
    }

    [Fact]
    public async Task SymlinkToAFolderOutside_IsRefused_NotWalked()
    {
        await Start();
        Directory.CreateSymbolicLink(Sources("linked"), Path.Combine(Outside, "folder"));
        await AssertContained("sources/linked", "symbolic link");
        await AssertNotFound("fixture-outside-folder");
    }

    [Fact]
    public async Task SymlinkLoop_IsOneError_NotAWalk()
    {
        await Start();
        Directory.CreateSymbolicLink(Sources("loop"), "..");
        await AssertContained("sources/loop", "symbolic link");
        await _app.Indexer.RescanAsync();
        var status = await Get<JsonElement>("/api/status");
        Assert.Equal(1, status.GetProperty("errorsTotal").GetInt32());
    }

    [Fact]
    public async Task DanglingSymlink_IsListed_WithoutItsTarget()
    {
        File.CreateSymbolicLink(Sources("dangling.yaml"), Path.Combine(Outside, "gone", "nothing.yaml"));
        await AssertContained("sources/dangling.yaml", "symbolic link");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Fifo_IsRefusedWithoutOpening_AndLaterEditsStillApply()
    {
        await Start();
        MakeFifo(Sources("fifo.yaml"));
        await AssertContained("sources/fifo.yaml", "FIFO");
        _app.Corpus.Write("fixture-after-fifo", Summary("fixture-after-fifo").Replace(Secret, "Later", StringComparison.Ordinal));
        await Until(() => _app.Library.Find("fixture-after-fifo") is not null);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task FifoPresentAtStartUp_DoesNotKeepTheServiceFromBecomingReady()
    {
        MakeFifo(Sources("fifo.yaml"));
        await AssertContained("sources/fifo.yaml", "FIFO");
    }

    [Fact]
    public async Task Socket_IsRefusedWithoutOpening()
    {
        await Start();
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Sources("socket.yaml")));
        await AssertContained("sources/socket.yaml", "socket");
    }

    [NotRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task UnreadableFile_IsListed_AsPermissionDenied()
    {
        _app.Corpus.Write("fixture-unreadable", Summary("fixture-unreadable"));
        File.SetUnixFileMode(_app.Corpus.PathOf("fixture-unreadable"), UnixFileMode.None);
        await AssertContained("sources/fixture-unreadable.yaml", "permission denied");
    }

    [Fact]
    public async Task NameWithNewlineAndRightToLeftCharacters_IsListedAsItIs()
    {
        var name = "fixture-\n\u202Eevil\u05D0.yaml";
        File.WriteAllText(Sources(name), Summary("fixture-evil"));
        await AssertContained("sources/" + name, null);
    }

    [Fact]
    public async Task Status_ListsTheFirstErrors_AndCountsThemAll()
    {
        for (var i = 0; i < StatusErrors + 20; i++) File.WriteAllText(Sources($"broken-{i:D3}.yaml"), "id: [");
        await Start();
        var status = await Get<JsonElement>("/api/status");
        Assert.Equal(StatusErrors, status.GetProperty("errors").GetArrayLength());
        Assert.Equal(StatusErrors + 20, status.GetProperty("errorsTotal").GetInt32());
    }

    private const int StatusErrors = Status.StatusApi.MaxErrors;

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private async Task Start()
    {
        _client ??= await _app.StartAsync();
    }

    private async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _app.Status.WaitUntilAsync(condition, timeout.Token);
    }

    /// <summary>The fault is listed under its relative path, the four good sources answer, /readyz is 200, nothing leaks.</summary>
    private async Task AssertContained(string relative, string? reason)
    {
        await Start();
        await Until(() => _app.Status.Errors.Any(e => e.File == relative) && _app.Status.IsCaughtUp);

        var status = await Get<JsonElement>("/api/status");
        var listed = status.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("file").GetString() == relative);
        if (reason is not null) Assert.Contains(reason, listed.GetProperty("message").GetString());
        Assert.Equal(4, (await Get<JsonElement>("/api/evidence")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Get<JsonElement>($"/api/evidence?q={Secret}")).GetProperty("total").GetInt32());
        using (var ready = await _client.GetAsync("/readyz"))
        {
            _bodies.Add(await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        await Get<JsonElement>("/api/vocabulary");
        await AssertNothingLeaked();
    }

    private async Task AssertNotFound(string id)
    {
        using var response = await _client.GetAsync($"/api/evidence/{id}");
        _bodies.Add(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertNothingLeaked();
    }

    private Task AssertNothingLeaked()
    {
        foreach (var body in _bodies)
        {
            Assert.DoesNotContain(Secret, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(_app.Corpus.Root, body, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath(), body, StringComparison.Ordinal);
        }
        return Task.CompletedTask;
    }

    private async Task<T> Get<T>(string path)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        _bodies.Add(body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<T>(body)!;
    }
}
