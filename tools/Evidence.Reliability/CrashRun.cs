using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Evidence.Reliability;

public sealed record CrashOptions
{
    public int Kills { get; init; } = 3;
    public int Files { get; init; } = 400;
    public int Seed { get; init; } = 1;
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(180);
    public string? ServiceDll { get; init; }
}

public sealed class CrashReport
{
    public int KillPoints { get; set; }
    public int KilledWhileIndexing { get; set; }
    public int KilledWhileEditing { get; set; }
    public int StaleLocksFound { get; set; }
    public int Restarts { get; set; }
    public int EditsWritten { get; set; }
    public List<string> Failures { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public override string ToString() =>
        $"kill points: {KillPoints} ({KilledWhileIndexing} before the start-up pass finished, {KilledWhileEditing} while edits were being applied); " +
        $"stale write.lock found after {StaleLocksFound} kills and recovered on restart; {Restarts} restarts; {EditsWritten} file writes; " +
        $"failures: {Failures.Count}; {Elapsed.TotalSeconds:F0} s";
}

/// <summary>
/// Kills the service with SIGKILL at random moments while it indexes a generated corpus and while it applies a
/// stream of edits, then checks after each kill: the last commit opens and passes Lucene's CheckIndex, holds
/// only content that was really written, has lost nothing committed before; a stale write.lock is taken over
/// on restart; and once ready again, the index holds every corpus file at its current version.
/// </summary>
public sealed class CrashRun(CrashOptions options, TextWriter log)
{
    private readonly Random _random = new(options.Seed);

    public async Task<CrashReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var report = new CrashReport();
        var clock = Stopwatch.StartNew();
        using var corpus = new SyntheticCorpus(options.Files);
        log.WriteLine($"crash run: {options.Files} files in {corpus.Root}, {options.Kills} kills, seed {options.Seed}");
        var committedBefore = new Dictionary<string, string>(StringComparer.Ordinal);
        var expectedIndexing = TimeSpan.FromSeconds(4);
        for (var round = 0; round < options.Kills && !cancellationToken.IsCancellationRequested; round++)
        {
            var editing = round % 2 == 1;
            if (!editing && round > 0) MakeWork(corpus);
            TimeSpan killedAt;
            using (var service = ServiceProcess.Start(corpus.CorpusPath, corpus.IndexPath, serviceDll: options.ServiceDll))
            {
                var started = Stopwatch.StartNew();
                if (!editing)
                {
                    // Anywhere from process boot to the end of the start-up pass (its length measured on the previous restart).
                    var delay = TimeSpan.FromMilliseconds((0.05 + 0.85 * _random.NextDouble()) * expectedIndexing.TotalMilliseconds);
                    await Task.Delay(delay, cancellationToken);
                    killedAt = started.Elapsed;
                    service.Kill();
                }
                else
                {
                    if (!await service.WaitReadyAsync(options.ReadyTimeout, cancellationToken))
                    {
                        report.Failures.Add($"round {round}: not ready within {options.ReadyTimeout.TotalSeconds} s before edits\n{service.RecentLog()}");
                        continue;
                    }
                    using var stop = new CancellationTokenSource();
                    var edits = Task.Run(() => Edit(corpus, report, stop.Token), CancellationToken.None);
                    await Task.Delay(TimeSpan.FromMilliseconds(50 + _random.NextDouble() * 1_500), cancellationToken);
                    killedAt = started.Elapsed;
                    service.Kill();
                    await stop.CancelAsync();
                    await edits;
                    report.KilledWhileEditing++;
                }
            }
            report.KillPoints++;

            // The state the kill left behind, before anything reopens it.
            if (File.Exists(Path.Combine(corpus.IndexPath, "write.lock"))) report.StaleLocksFound++;
            var after = CommittedIndex.Read(corpus.IndexPath, check: true);
            if (!after.Clean) report.Failures.Add($"round {round}: the last commit is damaged: {after.Problem}");
            foreach (var (path, hash) in after.Hashes.Where(p => !corpus.WroteHash(p.Key, p.Value)).Take(3))
                report.Failures.Add($"round {round}: {path} holds content that was never written ({hash[..12]})");
            // A source committed before and still on disk must still be committed (the harness never reuses an id).
            var lost = committedBefore.Keys.Where(p => !after.Hashes.ContainsKey(p) && File.Exists(Path.Combine(corpus.CorpusPath, p))).ToList();
            if (lost.Count > 0) report.Failures.Add($"round {round}: {lost.Count} committed sources lost, e.g. {lost[0]}");

            // Restart over the stale lock; the index must open and catch up with the corpus.
            using (var service = ServiceProcess.Start(corpus.CorpusPath, corpus.IndexPath, serviceDll: options.ServiceDll))
            {
                report.Restarts++;
                var started = Stopwatch.StartNew();
                if (!await service.WaitReadyAsync(options.ReadyTimeout, cancellationToken))
                {
                    report.Failures.Add($"round {round}: not ready within {options.ReadyTimeout.TotalSeconds} s after the kill\n{service.RecentLog()}");
                    break;
                }
                var readyAfter = started.Elapsed;
                if (!editing)
                {
                    if (killedAt < readyAfter) report.KilledWhileIndexing++;
                    expectedIndexing = readyAfter;
                }
                var problems = await VerifyAsync(service, corpus);
                report.Failures.AddRange(problems.Select(p => $"round {round}: {p}"));
                committedBefore = CommittedIndex.Read(corpus.IndexPath, check: false).Hashes;
                log.WriteLine($"round {round + 1}/{options.Kills}: killed at {killedAt.TotalMilliseconds:F0} ms ({(editing ? "editing" : "indexing")}), " +
                              $"ready again after {readyAfter.TotalMilliseconds:F0} ms, {committedBefore.Count} sources, {(problems.Count == 0 ? "consistent" : string.Join("; ", problems))}");
            }
        }
        report.Elapsed = clock.Elapsed;
        log.WriteLine(report);
        return report;
    }

    /// <summary>Edits a third of the files, adds a few and deletes a few, so the next start-up has real work to do.</summary>
    private void MakeWork(SyntheticCorpus corpus)
    {
        var ids = corpus.Ids;
        foreach (var id in ids.Where(_ => _random.Next(3) == 0)) corpus.Edit(id);
        for (var i = 0; i < Math.Max(1, ids.Count / 20); i++) corpus.Add();
        foreach (var id in ids.Where(_ => _random.Next(100) == 0).Take(5)) corpus.Delete(id);
    }

    /// <summary>Writes edits (and a few additions and deletions) as fast as the disk allows, bounded in count and time.</summary>
    private static void Edit(SyntheticCorpus corpus, CrashReport report, CancellationToken stop)
    {
        var random = new Random(corpus.Ids.Count);
        var deadline = Stopwatch.StartNew();
        for (var i = 0; i < 20_000 && !stop.IsCancellationRequested && deadline.Elapsed < TimeSpan.FromSeconds(10); i++)
        {
            var ids = corpus.Ids;
            var id = ids[random.Next(ids.Count)];
            switch (random.Next(50))
            {
                case 0:
                    corpus.Add();
                    break;
                case 1:
                    corpus.Delete(id);
                    break;
                default:
                    corpus.Edit(id);
                    break;
            }
            report.EditsWritten++;
            if (i % 20 == 0) Thread.Sleep(1);
        }
    }

    /// <summary>The committed index equals the corpus on disk, file by file, and the API agrees.</summary>
    private static async Task<List<string>> VerifyAsync(ServiceProcess service, SyntheticCorpus corpus)
    {
        var problems = new List<string>();
        var disk = corpus.CurrentHashes();
        var index = CommittedIndex.Read(corpus.IndexPath, check: false);
        var missing = disk.Keys.Where(p => !index.Hashes.ContainsKey(p)).ToList();
        var stale = disk.Where(p => index.Hashes.TryGetValue(p.Key, out var h) && h != p.Value).Select(p => p.Key).ToList();
        var extra = index.Hashes.Keys.Where(p => !disk.ContainsKey(p)).ToList();
        if (missing.Count > 0) problems.Add($"{missing.Count} files not indexed, e.g. {missing[0]}");
        if (stale.Count > 0) problems.Add($"{stale.Count} files indexed at an old version, e.g. {stale[0]}");
        if (extra.Count > 0) problems.Add($"{extra.Count} deleted files still indexed, e.g. {extra[0]}");

        var status = await service.Client.GetFromJsonAsync<JsonElement>("/api/status");
        if (status.GetProperty("documents").GetInt32() != disk.Count)
            problems.Add($"/api/status reports {status.GetProperty("documents").GetInt32()} documents; the corpus has {disk.Count}");
        if (status.GetProperty("errors").GetArrayLength() > 0) problems.Add($"/api/status reports file errors: {status.GetProperty("errors")}");
        var ids = corpus.Ids;
        foreach (var id in ids.Take(5).Concat(ids.TakeLast(5)))
        {
            var source = await service.Client.GetFromJsonAsync<JsonElement>($"/api/evidence/{id}");
            var title = source.GetProperty("source").GetProperty("title").GetString();
            if (title != SyntheticCorpus.Title(id, corpus.VersionOf(id))) problems.Add($"/api/evidence/{id} shows '{title}'");
        }
        return problems;
    }
}
