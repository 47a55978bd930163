using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Evidence.Search.Querying;
using Evidence.Service.Status;
using Evidence.Testing;

namespace Evidence.Service.Tests;

/// <summary>
/// Faults while the service runs: the corpus folder deleted, renamed or unreadable, a file caught half-written,
/// the index's disk full, a burst of thousands of edits. The service keeps answering from the last good index,
/// says it is degraded (/api/status, /readyz 503, the Evidence-Index-State header), and recovers by itself.
/// </summary>
public sealed class FaultTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private EvidenceApplication _app = null!;
    private HttpClient _client = null!;
    private Tmpfs? _tmpfs;

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task StartAsync(string? indexPath = null)
    {
        _app = new EvidenceApplication(indexPath: indexPath);
        _client = await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _tmpfs?.Dispose();
    }

    private async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _app.Status.WaitUntilAsync(condition, timeout.Token);
    }

    private bool Degraded => _app.Status.Problem is not null;

    private bool Recovered => _app.Status.Problem is null && _app.Status.IsCaughtUp;

    /// <summary>Searches still answer with the last good index, and every answer says the index is degraded.</summary>
    private async Task AssertServesLastGoodIndex(int documents)
    {
        using var search = await _client.GetAsync("/api/evidence");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal("degraded", search.Headers.GetValues(IndexStateHeader.State).Single());
        Assert.Equal(documents, (await search.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());

        using var ready = await _client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var status = await _client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.Equal("degraded", status.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(status.GetProperty("problem").GetString()));
    }

    private async Task AssertReady(int documents)
    {
        using var ready = await _client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/evidence");
        Assert.Equal(documents, page.GetProperty("total").GetInt32());
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task CorpusFolderDeleted_ServesTheLastGoodIndex_AndRecoversWhenItReturns()
    {
        await StartAsync();
        var backup = _app.Corpus.Root + "/backup";
        Copy(_app.CorpusPath, backup);

        // Deleting file by file lets the watcher see a corpus with fewer sources before the folder goes (a real, but
        // different, edit); moving the folder out first makes the whole corpus vanish at once.
        var doomed = _app.Corpus.Root + "/doomed";
        Directory.Move(_app.CorpusPath, doomed);
        Directory.Delete(doomed, recursive: true);
        await Until(() => Degraded);
        await AssertServesLastGoodIndex(4);

        Copy(backup, _app.CorpusPath);
        await Until(() => Recovered);
        await AssertReady(4);
    }

    [Fact]
    public async Task MostSourcesDeleted_AreRemovedOnceTheDeletionHoldsStill()
    {
        await StartAsync();

        foreach (var id in new[] { "fixture-acne-rct", "fixture-striae-series", "fixture-alopecia-rct" }) _app.Corpus.Delete(id);
        await Until(() => _app.Library.DocumentCount == 1 && Recovered);

        await AssertReady(1);
        Assert.NotNull(_app.Library.Find("fixture-scars-review"));
    }

    [Fact]
    public async Task CorpusFolderRenamed_ServesTheLastGoodIndex_AndRecoversWhenRenamedBack()
    {
        await StartAsync();
        var moved = _app.CorpusPath + "-moved";

        Directory.Move(_app.CorpusPath, moved);
        await Until(() => Degraded);
        await AssertServesLastGoodIndex(4);
        Assert.Contains("does not exist", _app.Status.Problem);

        Directory.Move(moved, _app.CorpusPath);
        await Until(() => Recovered);
        await AssertReady(4);
        // The watcher follows the folder again: a new file is picked up without a re-scan.
        _app.Corpus.Write("fixture-after-rename", Source("fixture-after-rename", "Fixture: after the rename"));
        await Until(() => _app.Library.Find("fixture-after-rename") is not null);
    }

    [Fact]
    public async Task VocabularyRemoved_DoesNotEmptyTheIndex()
    {
        await StartAsync();
        var vocabulary = Path.Combine(_app.CorpusPath, "vocabulary.yaml");

        File.Delete(vocabulary);
        await Until(() => Degraded);
        await AssertServesLastGoodIndex(4);

        File.WriteAllText(vocabulary, TestCorpus.Vocabulary);
        await Until(() => Recovered);
        await AssertReady(4);
    }

    [NotRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task CorpusFolderUnreadable_ServesTheLastGoodIndex_AndRecovers()
    {
        await StartAsync();
        var mode = File.GetUnixFileMode(_app.CorpusPath);
        try
        {
            File.SetUnixFileMode(_app.CorpusPath, UnixFileMode.None);
            await Until(() => Degraded);
            await AssertServesLastGoodIndex(4);
        }
        finally
        {
            File.SetUnixFileMode(_app.CorpusPath, mode);
        }
        await Until(() => Recovered);
        await AssertReady(4);
    }

    [Fact]
    public async Task HalfWrittenFile_KeepsTheLastGoodVersion_UntilTheWriteCompletes()
    {
        await StartAsync();
        var path = _app.Corpus.PathOf("fixture-acne-rct");
        var edited = System.Text.Encoding.UTF8.GetBytes(Source("fixture-acne-rct", "Fixture: the edited version"));
        await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            // The first half lands and the watcher fires while the writer still holds the file open.
            await stream.WriteAsync(edited.AsMemory(0, edited.Length / 2));
            await stream.FlushAsync();
            await Until(() => _app.Status.Errors.Any(e => e.File == "sources/fixture-acne-rct.yaml"));
            var source = await _client.GetFromJsonAsync<JsonElement>("/api/evidence/fixture-acne-rct");
            Assert.Equal("Fixture: microneedling for atrophic acne scars, a randomised trial", source.GetProperty("source").GetProperty("title").GetString());

            await stream.WriteAsync(edited.AsMemory(edited.Length / 2));
        }
        await Until(() => _app.Library.Find("fixture-acne-rct")?.Title == "Fixture: the edited version");
        Assert.Empty(_app.Status.Errors);
    }

    [TmpfsFact]
    public async Task IndexDiskFull_ServesTheLastGoodIndex_AndRecoversWhenSpaceReturns()
    {
        // A real full disk: the index lives on a 3 MB tmpfs that the test fills up.
        _tmpfs = Tmpfs.TryMount(3) ?? throw new InvalidOperationException("tmpfs mount failed after the probe succeeded");
        await StartAsync(Path.Combine(_tmpfs.Path, "index"));
        var filler = _tmpfs.Fill();

        for (var i = 0; i < 40; i++) _app.Corpus.Write($"fixture-disk-{i}", Source($"fixture-disk-{i}", $"Fixture: written while the disk is full {i}"));
        await Until(() => Degraded);
        await AssertServesLastGoodIndex(4);
        Assert.Contains("space", _app.Status.Problem, StringComparison.OrdinalIgnoreCase);

        File.Delete(filler);
        await Until(() => Recovered);
        await AssertReady(44);
    }

    [Fact]
    public async Task BurstOfThousandsOfEdits_EndsWithEveryFileAtItsCurrentVersion()
    {
        await StartAsync();
        const int files = 2_000;
        for (var i = 0; i < files; i++) _app.Corpus.Write($"fixture-burst-{i}", Source($"fixture-burst-{i}", $"Fixture: burst {i} first"));
        for (var i = 0; i < files; i += 3) _app.Corpus.Write($"fixture-burst-{i}", Source($"fixture-burst-{i}", $"Fixture: burst {i} second"));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        bool Current(int i) => _app.Library.Find($"fixture-burst-{i}")?.Title == $"Fixture: burst {i} {(i % 3 == 0 ? "second" : "first")}";
        await _app.Status.WaitUntilAsync(() => _app.Status.IsCaughtUp && _app.Library.DocumentCount == files + 4 && Current(0) && Current(files - 1) && Current(files - 2), timeout.Token);
        Assert.All(Enumerable.Range(0, files), i => Assert.True(Current(i), $"fixture-burst-{i} is not at its current version"));
        Assert.Empty(_app.Status.Errors);
        await AssertReady(files + 4);
    }

    private static string Source(string id, string title) => TestCorpus.Source(id, title, 2022, "cohort",
        ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], []);
}
