using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Evidence.Bench.Http;

/// <summary>The Evidence service as its own process on a loopback port, as it runs in production (its own GC settings).</summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    /// <summary>Time from process start to the first answered search.</summary>
    public TimeSpan FirstSearch { get; private set; }

    /// <summary>Time from process start to /readyz 200: index open and the start-up pass over the corpus done.</summary>
    public TimeSpan Ready { get; private set; }

    /// <summary>The service build to run; EVIDENCE_SERVICE_DLL points at another (a pinned copy for a long run).</summary>
    public static string Dll => Environment.GetEnvironmentVariable("EVIDENCE_SERVICE_DLL") ?? Path.Combine(BenchPaths.RepositoryRoot, "src", "Evidence.Service", "bin", "Release", "net10.0", "Evidence.Service.dll");

    /// <param name="searchCache">False starts the service with its search-response cache off (Evidence:SearchCacheEntries 0), so every request does its whole work.</param>
    public static async Task<ServiceProcess> StartAsync(string corpus, string index, TimeSpan timeout, bool searchCache = false)
    {
        if (!File.Exists(Dll)) throw new FileNotFoundException("build the service first: dotnet build -c Release src/Evidence.Service", Dll);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Dll])
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Evidence__CorpusPath"] = corpus;
        start.Environment["Evidence__IndexPath"] = index;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The per-client limit (1,000/s by default) stays on but above what one loopback client can send: wrk is one client.
        start.Environment["Evidence__RateLimit__PermitsPerSecond"] = "1000000";
        start.Environment["Evidence__RateLimit__Burst"] = "1000000";
        if (!searchCache) start.Environment["Evidence__SearchCacheEntries"] = "0";
        // Lexical figures: embedding 100,000 sources in the background would take the machine for hours (issue 18's
        // hybrid ranking is measured by bench/Evidence.Retrieval).
        start.Environment["Evidence__Embeddings__Enabled"] = "false";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  service: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, port);
        try
        {
            while (service.Ready == TimeSpan.Zero)
            {
                if (clock.Elapsed > timeout || process.HasExited) throw new TimeoutException($"the service was not ready within {timeout.TotalSeconds} s (exited: {process.HasExited})");
                try
                {
                    if (service.FirstSearch == TimeSpan.Zero && (await service.Client.GetAsync("/api/evidence?q=scars")).StatusCode == HttpStatusCode.OK) service.FirstSearch = clock.Elapsed;
                    if ((await service.Client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) service.Ready = clock.Elapsed;
                }
                catch (HttpRequestException)
                {
                }
                if (service.Ready == TimeSpan.Zero) await Task.Delay(20);
            }
            if (service.FirstSearch == TimeSpan.Zero) service.FirstSearch = service.Ready;
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    /// <summary>The last pass's counts from /api/status: (added, updated, unchanged).</summary>
    public async Task<(int Added, int Updated, int Unchanged)> LastPassAsync()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync("/api/status"));
        var pass = document.RootElement.GetProperty("lastPass");
        return (pass.GetProperty("added").GetInt32(), pass.GetProperty("updated").GetInt32(), pass.GetProperty("unchanged").GetInt32());
    }

    /// <summary>
    /// Resident memory in bytes, from /proc: peak and current, and the current split into anonymous memory (the
    /// managed heap and the runtime) and mapped files (the index, which Lucene reads through mmap).
    /// </summary>
    public (long Peak, long Current, long Anonymous, long Files) Memory()
    {
        long Read(string key)
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(key, StringComparison.Ordinal));
            return long.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        return (Read("VmHWM:"), Read("VmRSS:"), Read("RssAnon:"), Read("RssFile:"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}
