using System.Diagnostics;
using System.Net;
using System.Text;
using Evidence.Bench.Corpus;
using Evidence.Bench.Floor;
using Evidence.Bench.Http;
using Evidence.Bench.Peers;
using Evidence.Bench.Queries;
using Evidence.Bench.Report;
using Evidence.Bench.SciFact;
using Evidence.Corpus.Loading;
using Evidence.Search;
using Evidence.Search.Indexing;
using static Evidence.Bench.Report.ResultTable;

namespace Evidence.Bench;

/// <summary>Runs every phase for each corpus size and fills the one table; each comparison is taken in the same run, back to back.</summary>
public sealed class BenchRun(BenchOptions options, TextWriter log)
{
    private readonly ResultTable _table = new();

    /// <summary>The index-build to run; EVIDENCE_INDEX_BUILD_DLL points at another (a pinned copy for a long run).</summary>
    public static string IndexBuildDll => Environment.GetEnvironmentVariable("EVIDENCE_INDEX_BUILD_DLL") ?? Path.Combine(BenchPaths.RepositoryRoot, "index-build", "bin", "Release", "net10.0", "index-build.dll");

    public async Task<string> RunAsync()
    {
        Directory.CreateDirectory(BenchPaths.DataDirectory);
        Directory.CreateDirectory(BenchPaths.OutDirectory);
        foreach (var size in options.Sizes) await RunSizeAsync(size);
        await SciFactAsync();
        return _table.ToMarkdown();
    }

    private async Task RunSizeAsync(int n)
    {
        var corpus = Path.Combine(BenchPaths.DataDirectory, $"corpus-{Size(n)}");
        var index = Path.Combine(BenchPaths.DataDirectory, $"index-{Size(n)}");
        var bare = Path.Combine(BenchPaths.DataDirectory, $"bare-{Size(n)}");
        var sqlite = Path.Combine(BenchPaths.DataDirectory, $"fts-{Size(n)}.db");
        log.WriteLine($"== {n:N0} records");
        log.WriteLine("corpus");
        CorpusWriter.Ensure(corpus, n, options.Seed, log);
        var generator = CorpusWriter.Generator(options.Seed);
        var paths = CorpusLoader.SourcePaths(corpus).ToList();
        if (paths.Count != n) throw new InvalidOperationException($"corpus has {paths.Count} files, expected {n}");

        if (options.ReuseIndex && Directory.Exists(index) && Directory.Exists(bare))
        {
            log.WriteLine("reusing the existing index and bare index: no floor or build figures");
        }
        else
        {
            log.WriteLine("raw floor: YAML parsing alone, then Lucene adding alone (both cores)");
            var yaml = YamlFloor.Measure(paths);
            var lucene = BareLucene.Build(bare, generator, n);
            var floor = n / (yaml + lucene).TotalSeconds;
            log.WriteLine($"  YAML {n / yaml.TotalSeconds:F0}/s, Lucene {n / lucene.TotalSeconds:F0}/s, floor {floor:F0}/s");

            log.WriteLine("full build: index-build build");
            var build = RunIndexBuild(corpus, index);
            var rate = n / build.TotalSeconds;
            _table.Add("YAML parse alone (YamlDotNet events, 2 cores)", n, $"{F(n / yaml.TotalSeconds)} records/s");
            _table.Add("Lucene add alone (EnglishAnalyzer, 2 threads)", n, $"{F(n / lucene.TotalSeconds)} records/s");
            _table.Add("Raw floor (YAML + Lucene times added)", n, $"{F(floor)} records/s");
            _table.Add("Full build, `index-build build` (whole process)", n, $"{F(rate)} records/s ({build.TotalSeconds:F1} s)", n >= 100_000 ? "≥ 10,000/s at 100k" : "", n == 100_000 ? rate >= 10_000 : null);
            _table.Add("Full build ÷ raw floor", n, $"{rate / floor:F2}", "≥ 0.8", rate / floor >= 0.8);
        }

        var peerRuns = n <= options.PeerMaxSize;
        if (peerRuns)
        {
            log.WriteLine("SQLite FTS5 insert");
            var insert = SqliteFts.Build(sqlite, generator, n);
            _table.Add("SQLite FTS5 insert (1 writer)", n, $"{F(n / insert.TotalSeconds)} records/s");
        }

        log.WriteLine("queries in-process: service, bare Lucene, SQLite FTS5");
        var inProcess = new Dictionary<QueryKind, Latency>();
        using (var evidence = EvidenceLibrary.Open(corpus, index))
        using (var bareIndex = BareLucene.Open(bare))
        using (var fts = peerRuns ? SqliteFts.Open(sqlite) : null)
        {
            var service = new ServiceQueries(evidence);
            foreach (var kind in Enum.GetValues<QueryKind>())
            {
                var queries = QuerySet.Of(kind);
                // The service, its own Lucene query and bare Lucene answer each query in turn.
                var latencies = Latency.MeasureInTurn(queries, options.QueriesAt(n), q => service.Run(q), q => service.RankOnly(q), q => _ = kind switch
                {
                    QueryKind.FreeText => bareIndex.FreeText(q.Text!, byYear: false),
                    QueryKind.SortByYear => bareIndex.FreeText(q.Text!, byYear: true),
                    _ => bareIndex.Finding(q.Condition!, q.Outcome!),
                });
                var (ours, own, raw) = (latencies[0], latencies[1], latencies[2]);
                var peer = fts is null ? null : Latency.Measure(queries, Math.Max(50, options.QueriesAt(n) / 4), q => fts.Run(q));
                inProcess[kind] = ours;
                var name = Name(kind);
                log.WriteLine($"  {name}: service {ours.WarmUp}; its own query {own.WarmUp}; bare Lucene {raw.WarmUp}");
                _table.Add($"{name}: service in-process p50 / p99", n, $"{Us(ours.P50)} / {Us(ours.P99)}");
                _table.Add($"{name}: bare Lucene p50 / p99", n, $"{Us(raw.P50)} / {Us(raw.P99)}");
                _table.Add($"{name}: service ÷ bare Lucene (p50)", n, $"{ours.P50 / raw.P50:F1}×", "≤ 2×", ours.P50 / raw.P50 <= 2);
                _table.Add($"{name}: the service's own Lucene query alone (top 20, no facets or records) p50 / p99", n, $"{Us(own.P50)} / {Us(own.P99)}");
                _table.Add($"{name}: service ÷ its own Lucene query (p50)", n, $"{ours.P50 / own.P50:F1}×");
                if (peer is null) continue;
                _table.Add($"{name}: SQLite FTS5 p50 / p99", n, $"{Us(peer.P50)} / {Us(peer.P99)}");
                _table.Add($"{name}: service ÷ SQLite throughput (1 thread)", n, $"{ours.PerSecond / peer.PerSecond:F1}× ({F(ours.PerSecond)} vs {F(peer.PerSecond)} q/s)", "≥ 10×", ours.PerSecond / peer.PerSecond >= 10);
            }
        }

        await ServicePhasesAsync(n, corpus, index);
        if (options.Clean)
        {
            foreach (var folder in new[] { corpus, index, bare }) if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            foreach (var file in Directory.EnumerateFiles(BenchPaths.DataDirectory, Path.GetFileName(sqlite) + "*")) File.Delete(file);
        }
    }

    /// <summary>The SciFact row (<see cref="SciFactRow"/>), when the shared data is beside the repository and --no-scifact is not given.</summary>
    private async Task SciFactAsync()
    {
        if (!options.SciFact) return;
        if (SciFactRow.Find() is not { } data)
        {
            _table.Add("SciFact", 0, "not run: ../shared/data/scifact not found (or set EVIDENCE_SCIFACT_DIR)");
            return;
        }
        log.WriteLine("== SciFact (5,183 abstracts, training claims)");
        var row = new SciFactRow(data, log);
        foreach (var (measure, value, target, met) in await row.RunAsync(RunIndexBuild, options.HttpQueriesPerKind))
            _table.Add(measure, 5_183, value, target, met);
    }

    private async Task ServicePhasesAsync(int n, string corpus, string index)
    {
        // Every figure below but the second wrk row is taken with the search cache off: each request does its whole work.
        log.WriteLine("service: start-up on the existing index");
        using (var service = await ServiceProcess.StartAsync(corpus, index, TimeSpan.FromMinutes(5)))
            await UncachedServicePhasesAsync(service, n, corpus);
        // One service at a time owns an index folder (a second one waits for the first to stop), so the cache-on figures
        // come from a second service started after the first has stopped.
        if (n == options.LoadSize && WrkLoad.Available)
        {
            log.WriteLine($"service: wrk for {options.WrkDuration.TotalSeconds} s with the search cache on (as deployed)");
            using var cached = await ServiceProcess.StartAsync(corpus, index, TimeSpan.FromMinutes(5), searchCache: true);
            var warm = await WrkLoad.RunAsync(cached.Port, options.WrkDuration, options.WrkConnections);
            await File.WriteAllTextAsync(Path.Combine(BenchPaths.OutDirectory, $"wrk-cached-{Size(n)}.txt"), warm.Raw);
            _table.Add("wrk, search cache on (as deployed; the set's 34 requests repeat, so nearly all are cache hits): requests/s", n, F(warm.RequestsPerSecond));
            _table.Add("wrk, search cache on: p99 / requests / errors", n, $"{warm.P99Milliseconds:F1} ms / {F(warm.Requests)} / {warm.Errors}", "0 errors", warm.Errors == 0);
        }
    }

    private async Task UncachedServicePhasesAsync(ServiceProcess service, int n, string corpus)
    {
        var (added, updated, unchanged) = await service.LastPassAsync();
        _table.Add("Start-up, existing index: first search answered", n, $"{service.FirstSearch.TotalSeconds:F2} s", n >= 1_000_000 ? "< 10 s at 1M" : "", n >= 1_000_000 ? service.FirstSearch.TotalSeconds < 10 : null);
        _table.Add("Start-up, existing index: ready (start-up pass done)", n, $"{service.Ready.TotalSeconds:F2} s; re-indexed {added + updated}, unchanged {F(unchanged)}", "nothing re-indexed", added + updated == 0);

        log.WriteLine("service: HTTP latency");
        async Task Ask(BenchQuery q)
        {
            using var response = await service.Client.GetAsync(q.Path, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.CopyToAsync(Stream.Null);
        }
        // The whole mixed set first, until it settles: a service just started is still compiling its code in the
        // background (tier-up), and the first kind measured paid for all of it (free text's median over HTTP was
        // 2-3 times its in-process cost while later kinds were not; bench/README.md, "A pruned first pass").
        log.WriteLine($"  mixed set: {await Latency.WarmAsync(QuerySet.Mixed, Ask)}");
        foreach (var kind in Enum.GetValues<QueryKind>())
        {
            var latency = await Latency.MeasureAsync(QuerySet.Of(kind), options.HttpQueriesAt(n), Ask);
            log.WriteLine($"  {Name(kind)}: {latency.WarmUp}");
            var targeted = n == 100_000 && kind != QueryKind.SortByYear;
            _table.Add($"{Name(kind)}: HTTP p50 / p99", n, $"{Ms(latency.P50)} / {Ms(latency.P99)}", targeted ? "< 2 ms / < 20 ms" : "", targeted ? latency.P50 < 2_000 && latency.P99 < 20_000 : null);
        }
        await SynthesisAsync(service, n);

        if (n == options.LoadSize && WrkLoad.Available)
        {
            log.WriteLine($"service: wrk for {options.WrkDuration.TotalSeconds} s");
            var wrk = await WrkLoad.RunAsync(service.Port, options.WrkDuration, options.WrkConnections);
            await File.WriteAllTextAsync(Path.Combine(BenchPaths.OutDirectory, $"wrk-{Size(n)}.txt"), wrk.Raw);
            _table.Add($"wrk mixed set, search cache off, {options.WrkConnections} connections, {options.WrkDuration.TotalSeconds} s: requests/s", n, F(wrk.RequestsPerSecond), "≥ 2,000/s", wrk.RequestsPerSecond >= 2_000);
            _table.Add("wrk: p99 / requests / errors", n, $"{wrk.P99Milliseconds:F1} ms / {F(wrk.Requests)} / {wrk.Errors}", "0 errors", wrk.Errors == 0);
        }
        else if (n == options.LoadSize) _table.Add("wrk", n, "not run: wrk is not installed (apt-get install -y wrk)");

        if (n == options.LoadSize)
        {
            log.WriteLine($"service: edit visibility over {options.Edits} edits");
            var edits = await EditVisibility.MeasureAsync(service, corpus, options.Edits, n);
            _table.Add($"Edit visible in search, p50 / p99 ({edits.Count} edits)", n, $"{Ms(edits.P50)} / {Ms(edits.P99)}", "≤ 250 ms / ≤ 1 s", edits.P50 <= 250_000 && edits.P99 <= 1_000_000);
        }

        var (peak, current, anonymous, files) = service.Memory();
        _table.Add("Service resident memory, peak / now (VmHWM / VmRSS)", n, $"{peak / 1048576.0:F0} MB / {current / 1048576.0:F0} MB", n >= 1_000_000 ? "< 1.5 GB at 1M" : "", n >= 1_000_000 ? peak < 1.5 * 1024 * 1048576.0 : null);
        _table.Add("Service resident memory now: anonymous (heap, runtime) / mapped index files (RssAnon / RssFile)", n, $"{anonymous / 1048576.0:F0} MB / {files / 1048576.0:F0} MB");
    }

    /// <summary>/api/summary and /api/claims/check are being built in parallel: measured when the build has them.</summary>
    private async Task SynthesisAsync(ServiceProcess service, int n)
    {
        using var probe = await service.Client.GetAsync("/api/summary?condition=acne-scars");
        if (probe.StatusCode == HttpStatusCode.NotFound)
        {
            _table.Add("Summary (/api/summary): HTTP p50 / p99", n, "not yet available in this build");
        }
        else
        {
            string[] conditions = ["acne-scars", "striae-distensae", "androgenetic-alopecia", "melasma"];
            var latency = await Latency.MeasureAsync(conditions, Math.Max(20, options.HttpQueriesAt(n) / 10), async c => (await service.Client.GetAsync($"/api/summary?condition={c}")).Dispose());
            log.WriteLine($"  summary: {latency.WarmUp}");
            _table.Add("Summary (/api/summary): HTTP p50 / p99", n, $"{Ms(latency.P50)} / {Ms(latency.P99)}");
        }
        using var claim = await service.Client.PostAsync("/api/claims/check", Json("Microneedling reduces the appearance of acne scars"));
        if (claim.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            _table.Add("Claim check (/api/claims/check): HTTP p50 / p99", n, "not yet available in this build");
        }
        else
        {
            string[] claims = ["Microneedling reduces the appearance of acne scars", "Minoxidil with microneedling grows more hair", "Tranexamic acid clears melasma"];
            var latency = await Latency.MeasureAsync(claims, Math.Max(20, options.HttpQueriesAt(n) / 10), async c => (await service.Client.PostAsync("/api/claims/check", Json(c))).Dispose());
            log.WriteLine($"  claim check: {latency.WarmUp}");
            _table.Add("Claim check (/api/claims/check): HTTP p50 / p99", n, $"{Ms(latency.P50)} / {Ms(latency.P99)}");
        }
    }

    private static StringContent Json(string claim) => new(System.Text.Json.JsonSerializer.Serialize(new { claim }), Encoding.UTF8, "application/json");

    private TimeSpan RunIndexBuild(string corpus, string index)
    {
        if (!File.Exists(IndexBuildDll)) throw new FileNotFoundException("build index-build first: dotnet build -c Release index-build", IndexBuildDll);
        var start = new ProcessStartInfo("dotnet", [IndexBuildDll, "build", "--corpus", corpus, "--out", index]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        log.WriteLine("  " + output.Result.Trim().Split('\n').Last());
        if (process.ExitCode != 0) throw new InvalidOperationException($"index-build failed ({process.ExitCode}): {output.Result}{errors.Result}");
        return clock.Elapsed;
    }

    private static string Name(QueryKind kind) => kind switch
    {
        QueryKind.FreeText => "Free text",
        QueryKind.ConditionOutcome => "Condition + outcome, facets",
        _ => "Free text sorted by year",
    };

    private static string Us(double micros) => $"{F(micros)} µs";

    private static string Ms(double micros) => $"{micros / 1000:F2} ms";
}
