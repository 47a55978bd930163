using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Evidence.Reliability;

public sealed record SoakOptions
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(5);
    public int Files { get; init; } = 2_000;
    public int Clients { get; init; } = 8;
    public int EditsPerSecond { get; init; } = 20;
    public int Seed { get; init; } = 1;
    public string? ServiceDll { get; init; }
}

public sealed class SoakReport
{
    public long Requests { get; set; }
    public long Errors { get; set; }
    public long Edits { get; set; }
    public List<string> ErrorSamples { get; } = [];
    public List<(double Seconds, double ResidentMb)> Memory { get; } = [];
    public TimeSpan Elapsed { get; set; }
    public double RequestsPerSecond => Requests / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Least-squares slope of resident memory after warm-up, in MB per minute.</summary>
    public double SlopeMbPerMinute { get; set; }
    public double MeanResidentMb { get; set; }
    public List<string> FinalProblems { get; } = [];

    /// <summary>Growth the fitted line predicts over the measured span, as a share of the mean (0.05 = 5 %).</summary>
    public double RelativeGrowth { get; set; }

    public override string ToString() =>
        $"{Requests:N0} requests in {Elapsed.TotalSeconds:F0} s ({RequestsPerSecond:F0}/s), {Errors} errors, {Edits:N0} edits; " +
        $"RSS mean {MeanResidentMb:F0} MB, slope after warm-up {SlopeMbPerMinute:+0.00;-0.00} MB/min ({RelativeGrowth:P1} over the run); " +
        $"final check: {(FinalProblems.Count == 0 ? "every file indexed at its current version" : string.Join("; ", FinalProblems))}";
}

/// <summary>
/// Mixed search load from several clients plus a steady stream of corpus edits against the real service on
/// loopback, for a set time. Counts every non-200 answer or inconsistent page as an error, samples the service's
/// resident memory, and fits a line to the samples after warm-up to show whether memory trends upward.
/// </summary>
public sealed class SoakRun(SoakOptions options, TextWriter log)
{
    private static readonly string[] Words = ["microneedling", "acne scars", "stretch marks", "hair loss", "fixture", "version", "synthetic effect", "redness", "collagen induction", "trial"];
    private static readonly string[] Conditions = ["acne-scars", "scars", "striae-distensae", "androgenetic-alopecia"];

    public async Task<SoakReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var report = new SoakReport();
        using var corpus = new SyntheticCorpus(options.Files);
        // The clients all come from loopback and run flat out: past 1,000 requests/s the per-client rate limit answered
        // them 429 (instantly, so the loops then spun on refusals), which the soak counted as errors. The limiter has
        // its own tests (SecurityTests).
        using var service = ServiceProcess.Start(corpus.CorpusPath, corpus.IndexPath, ["--Evidence:RateLimit:PermitsPerSecond", "0"], options.ServiceDll);
        if (!await service.WaitReadyAsync(TimeSpan.FromMinutes(3), cancellationToken))
        {
            report.FinalProblems.Add("the service did not become ready\n" + service.RecentLog());
            return report;
        }
        log.WriteLine($"soak: {options.Files} files, {options.Clients} clients, {options.EditsPerSecond} edits/s for {options.Duration}");
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(options.Duration);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, cancellationToken);
        var clients = Enumerable.Range(0, options.Clients).Select(i => Task.Run(() => ClientAsync(service, corpus, options.Seed + i, report, linked.Token), CancellationToken.None)).ToList();
        var editor = Task.Run(() => EditAsync(corpus, report, linked.Token), CancellationToken.None);
        while (!linked.IsCancellationRequested)
        {
            report.Memory.Add((clock.Elapsed.TotalSeconds, service.ResidentBytes() / 1048576.0));
            var last = report.Memory[^1];
            log.WriteLine($"  {last.Seconds,6:F0} s  RSS {last.ResidentMb,6:F0} MB  requests {Interlocked.Read(ref _requests),9:N0}  errors {Interlocked.Read(ref _errors)}");
            await Task.Delay(options.SampleEvery, linked.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        await Task.WhenAll(clients.Append(editor));
        report.Elapsed = clock.Elapsed;
        report.Requests = _requests;
        report.Errors = _errors;
        Fit(report, options.WarmUp.TotalSeconds);

        // Afterwards the index must settle on exactly the corpus on disk.
        if (!await service.WaitReadyAsync(TimeSpan.FromMinutes(1), cancellationToken)) report.FinalProblems.Add("not ready after the load");
        var disk = corpus.CurrentHashes();
        var index = CommittedIndex.Read(corpus.IndexPath, check: false).Hashes;
        var wrong = disk.Count(p => !index.TryGetValue(p.Key, out var h) || h != p.Value) + index.Keys.Count(p => !disk.ContainsKey(p));
        if (wrong > 0) report.FinalProblems.Add($"{wrong} files not indexed at their current version");
        log.WriteLine(report);
        return report;
    }

    private long _requests;
    private long _errors;

    private async Task ClientAsync(ServiceProcess service, SyntheticCorpus corpus, int seed, SoakReport report, CancellationToken stop)
    {
        var random = new Random(seed);
        using var client = new HttpClient { BaseAddress = service.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        while (!stop.IsCancellationRequested)
        {
            var url = random.Next(10) switch
            {
                < 5 => $"/api/evidence?q={Uri.EscapeDataString(Words[random.Next(Words.Length)])}&page={1 + random.Next(3)}&pageSize={10 + random.Next(40)}",
                < 7 => $"/api/evidence?condition={Conditions[random.Next(Conditions.Length)]}&sort={(random.Next(2) == 0 ? "year" : "level")}",
                7 => $"/api/evidence/{corpus.Ids[random.Next(corpus.Ids.Count)]}",
                8 => $"/api/suggest?q={Words[random.Next(Words.Length)][..3]}",
                _ => "/api/status",
            };
            try
            {
                using var response = await client.GetAsync(url, stop);
                Interlocked.Increment(ref _requests);
                // A source deleted by the editor a moment ago is a correct 404.
                var ok = response.StatusCode == HttpStatusCode.OK || response.StatusCode == HttpStatusCode.NotFound && url.StartsWith("/api/evidence/", StringComparison.Ordinal);
                string? problem = ok ? null : $"{(int)response.StatusCode} for {url}";
                if (ok && url.StartsWith("/api/evidence?", StringComparison.Ordinal)) problem = Consistency.Check(await response.Content.ReadFromJsonAsync<JsonElement>(stop));
                if (problem is not null) Error(report, problem);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (HttpRequestException error)
            {
                Error(report, $"{url}: {error.Message}");
            }
        }
    }

    private void Error(SoakReport report, string problem)
    {
        Interlocked.Increment(ref _errors);
        lock (report.ErrorSamples)
            if (report.ErrorSamples.Count < 20) report.ErrorSamples.Add(problem);
    }

    private async Task EditAsync(SyntheticCorpus corpus, SoakReport report, CancellationToken stop)
    {
        var random = new Random(options.Seed * 7919);
        var pause = TimeSpan.FromSeconds(1.0 / Math.Max(1, options.EditsPerSecond));
        while (!stop.IsCancellationRequested)
        {
            var ids = corpus.Ids;
            var id = ids[random.Next(ids.Count)];
            // Mostly edits; additions and deletions balance, so the corpus size stays steady.
            switch (random.Next(40))
            {
                case 0:
                    corpus.Add();
                    break;
                case 1 when ids.Count > options.Files / 2:
                    corpus.Delete(id);
                    break;
                default:
                    corpus.Edit(id);
                    break;
            }
            report.Edits++;
            await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static void Fit(SoakReport report, double warmUpSeconds)
    {
        var samples = report.Memory.Where(s => s.Seconds >= warmUpSeconds).ToList();
        if (samples.Count < 3) samples = report.Memory;
        if (samples.Count == 0) return;
        var meanX = samples.Average(s => s.Seconds);
        var meanY = samples.Average(s => s.ResidentMb);
        var sxx = samples.Sum(s => (s.Seconds - meanX) * (s.Seconds - meanX));
        var slopePerSecond = sxx == 0 ? 0 : samples.Sum(s => (s.Seconds - meanX) * (s.ResidentMb - meanY)) / sxx;
        report.SlopeMbPerMinute = slopePerSecond * 60;
        report.MeanResidentMb = meanY;
        var span = samples[^1].Seconds - samples[0].Seconds;
        report.RelativeGrowth = meanY == 0 ? 0 : slopePerSecond * span / meanY;
    }
}

/// <summary>Checks that one search answer is internally consistent, as if read from one snapshot.</summary>
public static class Consistency
{
    /// <summary>Null when consistent: items fit total and page, and the design and level facets each sum to total.</summary>
    public static string? Check(JsonElement page)
    {
        var total = page.GetProperty("total").GetInt32();
        var number = page.GetProperty("page").GetInt32();
        var size = page.GetProperty("pageSize").GetInt32();
        var items = page.GetProperty("items").GetArrayLength();
        var expected = Math.Clamp(total - (number - 1) * size, 0, size);
        if (items != expected) return $"{items} items on page {number} of {size} with total {total} (expected {expected})";
        var facets = page.GetProperty("facets");
        foreach (var name in new[] { "design", "level" })
        {
            var sum = facets.GetProperty(name).EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());
            if (sum != total) return $"the {name} facet counts sum to {sum}, total is {total}";
        }
        return null;
    }
}
