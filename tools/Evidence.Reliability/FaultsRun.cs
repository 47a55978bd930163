using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Evidence.Reliability;

public sealed record FaultsOptions
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(2);
    public int Files { get; init; } = 2_000;
    public int Clients { get; init; } = 4;
    public int EditsPerSecond { get; init; } = 10;

    /// <summary>A new fault this often, kinds in rotation.</summary>
    public TimeSpan FaultEvery { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>An edit not visible in search within this long counts as a stall.</summary>
    public TimeSpan StallAfter { get; init; } = TimeSpan.FromSeconds(15);
    public int Seed { get; init; } = 1;
    public string? ServiceDll { get; init; }
}

public sealed class FaultsReport
{
    public Dictionary<string, int> FaultsCreated { get; } = new(StringComparer.Ordinal);
    public long Requests { get; set; }
    public long OutsideReads { get; set; }
    public long PathLeaks { get; set; }
    public long OtherErrors { get; set; }
    public long Edits { get; set; }
    public int Stalls { get; set; }
    public List<double> ProbeMilliseconds { get; } = [];
    public long LargestStatusBytes { get; set; }
    public int FaultsListedAtEnd { get; set; }
    public int FaultsPresentAtEnd { get; set; }
    public List<string> Samples { get; } = [];
    public List<string> FinalProblems { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public bool Passed => OutsideReads == 0 && PathLeaks == 0 && OtherErrors == 0 && Stalls == 0 && FinalProblems.Count == 0;

    private double Percentile(double p)
    {
        if (ProbeMilliseconds.Count == 0) return double.NaN;
        var sorted = ProbeMilliseconds.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public override string ToString() =>
        $"{FaultsCreated.Values.Sum()} faults ({string.Join(", ", FaultsCreated.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"))}) in {Elapsed.TotalSeconds:F0} s; " +
        $"{Requests:N0} requests, {Edits:N0} edits; outside reads {OutsideReads}, path leaks {PathLeaks}, other errors {OtherErrors}, stalls {Stalls}; " +
        $"edit visible in search p50 {Percentile(0.5):F0} ms, max {(ProbeMilliseconds.Count == 0 ? double.NaN : ProbeMilliseconds.Max()):F0} ms over {ProbeMilliseconds.Count} probes; " +
        $"largest /api/status {LargestStatusBytes:N0} bytes; faults listed at the end {FaultsListedAtEnd} of {FaultsPresentAtEnd}; " +
        $"final check: {(FinalProblems.Count == 0 ? "ready, every source indexed at its current version" : string.Join("; ", FinalProblems))}";
}

/// <summary>
/// The corpus folder as a trust boundary under load: while clients search and an editor changes sources, hostile
/// things appear in the corpus one after another (links to a file and to a folder outside, link loops, dangling
/// links, FIFOs, sockets, unreadable files, names with a newline and right-to-left characters). Outside the corpus
/// lie valid summaries carrying a marker word. Counts any answer that carries the marker or an absolute path
/// (outside reads, path leaks), and any probe edit not searchable within the stall limit (a worker held by a file).
/// </summary>
public sealed class FaultsRun(FaultsOptions options, TextWriter log)
{
    private const string Marker = "Outsidesecretmarker";
    private static readonly string[] Kinds = ["link-to-file", "link-to-folder", "link-loop", "dangling-link", "fifo", "socket", "unreadable", "newline-rtl-name"];
    private readonly List<(string Relative, string Full)> _present = [];
    private readonly List<Socket> _sockets = [];
    private long _requests;
    private long _outside;
    private long _leaks;
    private long _errors;

    public async Task<FaultsReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var report = new FaultsReport();
        using var corpus = new SyntheticCorpus(options.Files);
        var outside = Path.Combine(corpus.Root, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "folder"));
        File.WriteAllText(Path.Combine(outside, "outside-secret.yaml"), Summary("outside-secret"));
        File.WriteAllText(Path.Combine(outside, "folder", "outside-folder-secret.yaml"), Summary("outside-folder-secret"));
        Directory.CreateDirectory(Path.Combine(corpus.CorpusPath, "faults"));

        // The clients all come from loopback and run flat out: the per-client rate limit would answer most of them 429.
        using var service = ServiceProcess.Start(corpus.CorpusPath, corpus.IndexPath, ["--Evidence:RateLimit:PermitsPerSecond", "0"], options.ServiceDll);
        try
        {
            if (!await service.WaitReadyAsync(TimeSpan.FromMinutes(3), cancellationToken))
            {
                report.FinalProblems.Add("the service did not become ready\n" + service.RecentLog());
                return report;
            }
            log.WriteLine($"faults: {options.Files} files, {options.Clients} clients, {options.EditsPerSecond} edits/s, a fault every {options.FaultEvery.TotalSeconds:F1} s for {options.Duration}");
            var clock = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource(options.Duration);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, cancellationToken);
            var tasks = Enumerable.Range(0, options.Clients).Select(i => Task.Run(() => ClientAsync(service, corpus, options.Seed + i, report, linked.Token), CancellationToken.None)).ToList();
            tasks.Add(Task.Run(() => EditAsync(corpus, report, linked.Token), CancellationToken.None));
            tasks.Add(Task.Run(() => ProbeAsync(service, corpus, report, linked.Token), CancellationToken.None));
            tasks.Add(Task.Run(() => FaultAsync(corpus, outside, report, linked.Token), CancellationToken.None));
            while (!linked.IsCancellationRequested)
            {
                log.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F0} s  faults {report.FaultsCreated.Values.Sum(),4}  requests {Interlocked.Read(ref _requests),8:N0}  outside reads {Interlocked.Read(ref _outside)}  leaks {Interlocked.Read(ref _leaks)}  stalls {report.Stalls}");
                await Task.Delay(TimeSpan.FromSeconds(10), linked.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            await Task.WhenAll(tasks);
            report.Elapsed = clock.Elapsed;
            (report.Requests, report.OutsideReads, report.PathLeaks, report.OtherErrors) = (_requests, _outside, _leaks, _errors);
            await FinalCheckAsync(service, corpus, report, cancellationToken);
        }
        finally
        {
            foreach (var socket in _sockets) socket.Dispose();
            // chmod 000 files would keep the temporary folder from being deleted by an ordinary user.
            foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus.CorpusPath, "faults")))
            {
                if (!OperatingSystem.IsWindows() && new FileInfo(file).LinkTarget is null) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        log.WriteLine(report);
        return report;
    }

    private static string Summary(string id) => Evidence.Testing.TestCorpus.Source(id, $"Fixture {Marker} from outside the corpus", 2019, "randomised-controlled-trial",
        ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", $"{Marker} effect.")], []);

    private async Task FaultAsync(SyntheticCorpus corpus, string outside, FaultsReport report, CancellationToken stop)
    {
        var faults = Path.Combine(corpus.CorpusPath, "faults");
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var kind = Kinds[n % Kinds.Length];
            var name = kind switch
            {
                "link-to-folder" or "link-loop" => $"{kind}-{n}",
                "newline-rtl-name" => $"name-{n}\n\u202Eevil\u05D0.yaml",
                _ => $"{kind}-{n}.yaml",
            };
            var full = Path.Combine(faults, name);
            try
            {
                Create(kind, full, outside);
                lock (_present) _present.Add(("faults/" + name, full));
                lock (report) report.FaultsCreated[kind] = report.FaultsCreated.GetValueOrDefault(kind) + 1;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or SocketException or InvalidOperationException)
            {
                Error(report, $"could not create a {kind}: {error.Message}");
            }
            // Keep the number present bounded (and below the 100 errors /api/status lists): the oldest go first.
            if (_present.Count > 40) Remove(0);
            await Task.Delay(options.FaultEvery, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void Create(string kind, string full, string outside)
    {
        switch (kind)
        {
            case "link-to-file":
                File.CreateSymbolicLink(full, Path.Combine(outside, "outside-secret.yaml"));
                break;
            case "link-to-folder":
                Directory.CreateSymbolicLink(full, Path.Combine(outside, "folder"));
                break;
            case "link-loop":
                Directory.CreateSymbolicLink(full, "..");
                break;
            case "dangling-link":
                File.CreateSymbolicLink(full, Path.Combine(outside, "missing", "gone.yaml"));
                break;
            case "fifo":
                using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [full]) { RedirectStandardError = true })!)
                {
                    mkfifo.WaitForExit();
                    if (mkfifo.ExitCode != 0) throw new InvalidOperationException("mkfifo failed");
                }
                break;
            case "socket":
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(full));
                lock (_sockets) _sockets.Add(socket);
                break;
            case "unreadable":
                File.WriteAllText(full, Summary("outside-unreadable"));
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(full, UnixFileMode.None);
                break;
            default:
                File.WriteAllText(full, Summary("outside-named"));
                break;
        }
    }

    private void Remove(int at)
    {
        (string Relative, string Full) fault;
        lock (_present)
        {
            fault = _present[at];
            _present.RemoveAt(at);
        }
        var info = new FileInfo(fault.Full);
        if (info.LinkTarget is not null || !Directory.Exists(fault.Full)) File.Delete(fault.Full);
        else Directory.Delete(fault.Full);
    }

    private async Task ClientAsync(ServiceProcess service, SyntheticCorpus corpus, int seed, FaultsReport report, CancellationToken stop)
    {
        var random = new Random(seed);
        using var client = new HttpClient { BaseAddress = service.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        while (!stop.IsCancellationRequested)
        {
            var url = random.Next(6) switch
            {
                0 => $"/api/evidence?q={Marker}",
                1 => "/api/evidence?q=microneedling&pageSize=50",
                2 => "/api/evidence/outside-secret",
                3 => $"/api/evidence/{corpus.Ids[random.Next(corpus.Ids.Count)]}",
                4 => "/api/vocabulary",
                _ => "/api/status",
            };
            try
            {
                using var response = await client.GetAsync(url, stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                Interlocked.Increment(ref _requests);
                if (url == "/api/status") lock (report) report.LargestStatusBytes = Math.Max(report.LargestStatusBytes, body.Length);
                if (body.Contains(Marker, StringComparison.OrdinalIgnoreCase)) Count(ref _outside, report, $"{url} answered outside content");
                if (body.Contains(corpus.Root, StringComparison.Ordinal) || body.Contains(Path.GetTempPath(), StringComparison.Ordinal))
                    Count(ref _leaks, report, $"{url} named an absolute path: {body[..Math.Min(300, body.Length)]}");
                var expected = response.StatusCode == HttpStatusCode.OK || response.StatusCode == HttpStatusCode.NotFound && url.StartsWith("/api/evidence/", StringComparison.Ordinal);
                if (!expected) Count(ref _errors, report, $"{(int)response.StatusCode} for {url}");
                if (url == $"/api/evidence?q={Marker}" && response.StatusCode == HttpStatusCode.OK
                    && JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() > 0) Count(ref _outside, report, "the marker search found a source");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (HttpRequestException error)
            {
                Count(ref _errors, report, $"{url}: {error.Message}");
            }
        }
    }

    private async Task EditAsync(SyntheticCorpus corpus, FaultsReport report, CancellationToken stop)
    {
        var random = new Random(options.Seed * 7919);
        var pause = TimeSpan.FromSeconds(1.0 / Math.Max(1, options.EditsPerSecond));
        var ids = corpus.Ids;
        while (!stop.IsCancellationRequested)
        {
            // The first source is the probe's; the editor leaves it alone.
            corpus.Edit(ids[1 + random.Next(ids.Count - 1)]);
            lock (report) report.Edits++;
            await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Edits one source and times until its new title is served; too long is a stall.</summary>
    private async Task ProbeAsync(ServiceProcess service, SyntheticCorpus corpus, FaultsReport report, CancellationToken stop)
    {
        var id = corpus.Ids[0];
        using var client = new HttpClient { BaseAddress = service.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        while (!stop.IsCancellationRequested)
        {
            corpus.Edit(id);
            var title = SyntheticCorpus.Title(id, corpus.VersionOf(id));
            var clock = Stopwatch.StartNew();
            var seen = false;
            while (clock.Elapsed < options.StallAfter && !seen)
            {
                try
                {
                    var record = await client.GetFromJsonAsync<JsonElement>($"/api/evidence/{id}", CancellationToken.None);
                    seen = record.GetProperty("source").GetProperty("title").GetString() == title;
                }
                catch (HttpRequestException)
                {
                }
                if (!seen) await Task.Delay(20, CancellationToken.None);
            }
            lock (report)
            {
                if (seen) report.ProbeMilliseconds.Add(clock.Elapsed.TotalMilliseconds);
                else
                {
                    report.Stalls++;
                    if (report.Samples.Count < 20) report.Samples.Add($"edit of {id} not searchable after {options.StallAfter.TotalSeconds:F0} s");
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task FinalCheckAsync(ServiceProcess service, SyntheticCorpus corpus, FaultsReport report, CancellationToken cancellationToken)
    {
        // The faults stay; the service must still settle: ready, every source current, every fault listed.
        if (!await service.WaitReadyAsync(TimeSpan.FromSeconds(60), cancellationToken))
        {
            report.Stalls++;
            report.FinalProblems.Add("not ready within 60 s after the run");
        }
        var disk = corpus.CurrentHashes();
        var index = CommittedIndex.Read(corpus.IndexPath, check: false).Hashes;
        var wrong = disk.Count(p => !index.TryGetValue(p.Key, out var h) || h != p.Value) + index.Keys.Count(p => !disk.ContainsKey(p));
        if (wrong > 0) report.FinalProblems.Add($"{wrong} files not indexed at their current version (or indexed from outside sources/)");
        var status = await service.Client.GetFromJsonAsync<JsonElement>("/api/status", cancellationToken);
        var listed = status.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToHashSet(StringComparer.Ordinal);
        lock (_present)
        {
            report.FaultsPresentAtEnd = _present.Count;
            report.FaultsListedAtEnd = _present.Count(f => listed.Contains(f.Relative));
        }
        if (report.FaultsListedAtEnd < report.FaultsPresentAtEnd) report.FinalProblems.Add($"only {report.FaultsListedAtEnd} of {report.FaultsPresentAtEnd} faults listed in /api/status");
    }

    private static void Count(ref long counter, FaultsReport report, string sample)
    {
        Interlocked.Increment(ref counter);
        lock (report)
            if (report.Samples.Count < 20) report.Samples.Add(sample);
    }

    private void Error(FaultsReport report, string sample) => Count(ref _errors, report, sample);
}
