extern alias reliability;
using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using reliability::Evidence.Reliability;

namespace Evidence.Service.Tests;

/// <summary>
/// Many clients query while the index is rebuilt from scratch and while a burst of edits lands. Every answer
/// must be a 200 read from one snapshot: items fit the total and page, facets sum to the total, and during a
/// full rebuild the total never shows a half-built index.
/// </summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private const int Files = 600;
    private const int Clients = 6;
    private readonly SyntheticCorpus _corpus = new(Files);
    private EvidenceApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // The clients share one address, so the per-client rate limit (SecurityTests) would answer some of them 429
        // once searches are fast enough; this test is about snapshots under load, so the limiter is off.
        _app = new EvidenceApplication(_corpus.CorpusPath, new Dictionary<string, string> { ["Evidence:RateLimit:PermitsPerSecond"] = "0" }, _corpus.IndexPath);
        _client = await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _corpus.Dispose();
    }

    /// <summary>Runs <paramref name="clients"/> query loops until <paramref name="work"/> ends; returns every problem seen.</summary>
    private async Task<(int Requests, List<string> Problems, HashSet<int> Totals)> QueryWhile(Func<Task> work)
    {
        var problems = new ConcurrentBag<string>();
        var totals = new ConcurrentDictionary<int, byte>();
        var requests = 0;
        using var stop = new CancellationTokenSource();
        string[] urls = ["/api/evidence?pageSize=100", "/api/evidence?page=3&pageSize=50", "/api/evidence?q=fixture%20version&pageSize=37",
            "/api/evidence?condition=scars&sort=year", "/api/evidence?page=7&pageSize=100&sort=level"];
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loops = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < 100_000 && !stop.IsCancellationRequested; i++)
            {
                var url = urls[(c + i) % urls.Length];
                using var response = await _client.GetAsync(url, CancellationToken.None);
                if (Interlocked.Increment(ref requests) >= Clients) first.TrySetResult();
                if (!response.IsSuccessStatusCode)
                {
                    problems.Add($"{(int)response.StatusCode} for {url}: {await response.Content.ReadAsStringAsync()}");
                    continue;
                }
                var page = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (Consistency.Check(page) is { } problem) problems.Add($"{url}: {problem}");
                if (url == urls[0]) totals.TryAdd(page.GetProperty("total").GetInt32(), 0);
            }
        })).ToList();
        try
        {
            // The work starts once every client is under way, so it really runs under load.
            await first.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await work();
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(loops).WaitAsync(TimeSpan.FromSeconds(60));
        }
        return (requests, [.. problems], [.. totals.Keys]);
    }

    [Fact]
    public async Task QueriesDuringFullReindex_AreErrorFree_AndNeverSeeAHalfBuiltIndex()
    {
        var rebuilds = 0;
        var (requests, problems, totals) = await QueryWhile(async () =>
        {
            // Each vocabulary change makes the worker delete and re-add every document, inside one commit.
            for (var round = 0; round < 3; round++)
            {
                File.AppendAllText(Path.Combine(_corpus.CorpusPath, "vocabulary.yaml"),
                    $"\n  - {{ id: fixture-concept-{round}, kinds: [outcome], label: Fixture concept {round}, synonyms: [], lay: [] }}\n");
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await _app.Status.WaitUntilAsync(() => _app.Library.Vocabulary.Find($"fixture-concept-{round}") is not null && _app.Status.IsCaughtUp, timeout.Token);
                rebuilds++;
            }
        });

        Assert.Equal(3, rebuilds);
        Assert.True(requests > 20, $"only {requests} requests ran during the rebuilds");
        Assert.Empty(problems);
        Assert.Equal([Files], totals);
    }

    private bool MatchesDisk()
    {
        var disk = _corpus.CurrentHashes();
        var committed = CommittedIndex.Read(_corpus.IndexPath, check: false).Hashes;
        return disk.Count == committed.Count && disk.All(p => committed.TryGetValue(p.Key, out var hash) && hash == p.Value);
    }

    [Fact]
    public async Task QueriesDuringAnEditBurst_AreErrorFree_AndConsistent()
    {
        var (requests, problems, totals) = await QueryWhile(async () =>
        {
            // Five waves of 300 writes; after each, wait until the committed index equals the corpus on disk.
            for (var wave = 0; wave < 5; wave++)
            {
                var ids = _corpus.Ids;
                for (var i = 0; i < 300; i++)
                {
                    if (i % 10 == 0) _corpus.Add();
                    else _corpus.Edit(ids[(wave * 300 + i) % ids.Count]);
                }
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await _app.Status.WaitUntilAsync(() => _app.Status.IsCaughtUp && MatchesDisk(), timeout.Token);
            }
        });

        Assert.True(requests > 20, $"only {requests} requests ran during the burst");
        Assert.Empty(problems);
        Assert.All(totals, total => Assert.InRange(total, Files, Files + 150));
    }
}
