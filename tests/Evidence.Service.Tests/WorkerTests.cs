using System.Net.Http.Json;
using System.Text.Json;

namespace Evidence.Service.Tests;

/// <summary>The worker applies additions, edits and deletions while the service runs, driven by the file watcher.</summary>
public sealed class WorkerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly EvidenceApplication _app = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _app.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<string?> TitleOf(string id)
    {
        using var response = await _client.GetAsync($"/api/evidence/{id}");
        if (!response.IsSuccessStatusCode) return null;
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("source").GetProperty("title").GetString();
    }

    /// <summary>Waits, pass by pass (no sleeping), until the watcher-driven worker has applied the change.</summary>
    private async Task UntilIndexed(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _app.Status.WaitUntilAsync(condition, timeout.Token);
    }

    private bool Holds(string id, string title) => _app.Library.Find(id)?.Title == title;

    private static string Source(string id, string title) => TestCorpus.Source(id, title, 2022, "cohort",
        ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], []);

    [Fact]
    public async Task AddedFile_BecomesSearchable()
    {
        _app.Corpus.Write("fixture-new-cohort", Source("fixture-new-cohort", "Fixture: a new cohort"));
        await UntilIndexed(() => Holds("fixture-new-cohort", "Fixture: a new cohort"));

        Assert.Equal("Fixture: a new cohort", await TitleOf("fixture-new-cohort"));
    }

    [Fact]
    public async Task EditedFile_ReplacesTheOldVersion()
    {
        _app.Corpus.Write("fixture-acne-rct", Source("fixture-acne-rct", "Fixture: edited"));
        await UntilIndexed(() => Holds("fixture-acne-rct", "Fixture: edited"));

        Assert.Equal("Fixture: edited", await TitleOf("fixture-acne-rct"));
    }

    [Fact]
    public async Task FileSavedByRenamingATemporaryFileOverIt_IsAppliedWithoutAFullPass()
    {
        // As sed -i and some editors save: the new text goes to a temporary file without an extension, which is then
        // renamed over the source. The temporary name once cost a full pass over the corpus (a second at 100k files).
        var target = _app.Corpus.PathOf("fixture-acne-rct");
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, "sedX4b9Qz");
        File.WriteAllText(temporary, Source("fixture-acne-rct", "Fixture: saved by a rename"));
        File.Move(temporary, target, overwrite: true);
        await UntilIndexed(() => Holds("fixture-acne-rct", "Fixture: saved by a rename"));

        // A pass over the one file: a full pass would count the fixture's other sources as unchanged.
        Assert.Equal(0, _app.Status.LastPass!.Unchanged);
        Assert.Equal(1, _app.Status.LastPass.Updated);
    }

    [Fact]
    public async Task DeletedFile_Disappears()
    {
        _app.Corpus.Delete("fixture-striae-series");
        await UntilIndexed(() => _app.Library.Find("fixture-striae-series") is null);

        Assert.Null(await TitleOf("fixture-striae-series"));
    }

    [Fact]
    public async Task TwoFilesDeletedTogether_Disappear_WithoutAFailedPass()
    {
        // The guard against a vanishing corpus (half the library or more gone at once) counts the whole library,
        // not the batch: of a batch of two deletions, both are gone, which once failed the pass.
        foreach (var n in Enumerable.Range(1, 4)) _app.Corpus.Write($"fixture-extra-{n}", Source($"fixture-extra-{n}", $"Fixture: extra {n}"));
        await UntilIndexed(() => _app.Library.DocumentCount == 8);
        var problems = new List<string>();
        _app.Corpus.Delete("fixture-striae-series");
        _app.Corpus.Delete("fixture-acne-rct");
        await UntilIndexed(() =>
        {
            if (_app.Status.Problem is { } problem) problems.Add(problem);
            return _app.Library.Find("fixture-striae-series") is null && _app.Library.Find("fixture-acne-rct") is null;
        });

        Assert.Empty(problems);
    }

    [Fact]
    public async Task EditTheWatcherCannotSee_IsFoundByThePeriodicRescan_AndAppliedAsAnIncrementalPass()
    {
        await using var app = new EvidenceApplication(settings: new Dictionary<string, string> { ["Evidence:RescanSeconds"] = "1" });
        using var client = await app.StartAsync();
        // A second name for a source outside the corpus folder: a write through it changes the source, and the
        // watcher on the corpus folder hears nothing. Only the re-scan can find it.
        var outside = Path.Combine(app.Corpus.Root, "second-name.yaml");
        Assert.Equal(0, HardLink(app.Corpus.PathOf("fixture-acne-rct"), outside));
        File.WriteAllText(outside, Source("fixture-acne-rct", "Fixture: edited out of the watcher's sight"));

        using var timeout = new CancellationTokenSource(Patience);
        await app.Status.WaitUntilAsync(() => app.Library.Find("fixture-acne-rct")?.Title == "Fixture: edited out of the watcher's sight", timeout.Token);

        // The re-scan found the one file and a pass over it applied it: a full pass counts the other sources as unchanged.
        Assert.Equal(1, app.Status.LastPass!.Updated);
        Assert.Equal(0, app.Status.LastPass.Unchanged);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int HardLink(string existing, string newName);

    [Fact]
    public async Task BrokenEdit_KeepsTheLastGoodVersion_AndShowsInStatus()
    {
        File.WriteAllText(_app.Corpus.PathOf("fixture-acne-rct"), "id: fixture-acne-rct\ntitle: [unclosed\n");
        await UntilIndexed(() => _app.Status.Errors.Any(e => e.File == "sources/fixture-acne-rct.yaml"));

        Assert.Equal("Fixture: microneedling for atrophic acne scars, a randomised trial", await TitleOf("fixture-acne-rct"));
        var status = await _client.GetFromJsonAsync<JsonElement>("/api/status");
        var error = status.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("sources/fixture-acne-rct.yaml", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() >= 2);
        Assert.True(error.GetProperty("column").GetInt32() >= 1);
    }

    [Fact]
    public async Task Rescan_IsAwaitable()
    {
        _app.Corpus.Write("fixture-rescanned", Source("fixture-rescanned", "Fixture: rescanned"));
        await _app.Indexer.RescanAsync();

        Assert.True(Holds("fixture-rescanned", "Fixture: rescanned"));
    }

    [Fact]
    public async Task RepeatedSearch_IsAnsweredAgain_AfterAnEdit_NotFromTheCache()
    {
        async Task<string[]> Titles() => [.. (await _client.GetFromJsonAsync<JsonElement>("/api/evidence?q=acne%20scars&pageSize=50"))
            .GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString()!)];
        var before = await Titles();
        Assert.Equal(before, await Titles());
        Assert.DoesNotContain("Fixture: acne scars, edited", before);

        _app.Corpus.Write("fixture-acne-rct", Source("fixture-acne-rct", "Fixture: acne scars, edited"));
        await UntilIndexed(() => Holds("fixture-acne-rct", "Fixture: acne scars, edited"));

        Assert.Contains("Fixture: acne scars, edited", await Titles());
    }
}
