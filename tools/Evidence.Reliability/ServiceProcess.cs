using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Evidence.Reliability;

/// <summary>
/// The real service as a child process (<c>dotnet Evidence.Service.dll</c>) on a loopback port, over a given
/// corpus and index. <see cref="Kill"/> sends SIGKILL: no shutdown code runs, as in a power cut or OOM kill.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _log = new();

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The service next to this assembly (copied by the project reference), unless told otherwise.</summary>
    public static string DefaultServiceDll => Path.Combine(AppContext.BaseDirectory, "Evidence.Service.dll");

    public static ServiceProcess Start(string corpusPath, string indexPath, IEnumerable<string>? extraArguments = null, string? serviceDll = null)
    {
        var dll = serviceDll ?? DefaultServiceDll;
        if (!File.Exists(dll)) throw new FileNotFoundException($"the service is not built at {dll}", dll);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     dll, "--urls", $"http://127.0.0.1:{port}",
                     "--Evidence:CorpusPath", corpusPath, "--Evidence:IndexPath", indexPath,
                     "--Evidence:DebounceMilliseconds", "50",
                     // Crash and restart figures of the lexical service: embedding in the background would only add noise.
                     "--Evidence:Embeddings:Enabled", "false",
                     "--Logging:LogLevel:Default", "Warning", "--Logging:LogLevel:Evidence", "Information",
                 }.Concat(extraArguments ?? []))
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var service = new ServiceProcess(process, port);
        process.OutputDataReceived += (_, e) => service.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => service.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > 200) _log.Dequeue();
        }
    }

    /// <summary>The last lines the service wrote, for a failure message.</summary>
    public string RecentLog()
    {
        lock (_log) return string.Join(Environment.NewLine, _log);
    }

    /// <summary>Polls /readyz until 200; false when <paramref name="timeout"/> passes or the process exits first.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !_process.HasExited)
        {
            try
            {
                using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(probe.Token, cancellationToken);
                using var response = await Client.GetAsync("/readyz", linked.Token);
                if (response.StatusCode == HttpStatusCode.OK) return true;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }
            await Task.Delay(100, cancellationToken);
        }
        return false;
    }

    /// <summary>Resident memory of the service process, in bytes.</summary>
    public long ResidentBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>SIGKILL, then wait (bounded) for the process to be gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        Client.Dispose();
        _process.Dispose();
    }
}
