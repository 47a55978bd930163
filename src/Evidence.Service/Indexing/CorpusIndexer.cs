using System.Threading.Channels;
using Evidence.Search.Indexing;
using Microsoft.Extensions.Options;

namespace Evidence.Service.Indexing;

/// <summary>
/// The indexing worker. At start it opens the index and reconciles it with the corpus by content hash;
/// then it applies file changes as the watcher reports them (gathered for a short debounce), and re-scans
/// the whole folder periodically in case the watcher missed something. A failed pass is reported in the
/// status and retried; it never stops the worker or the searches, which go on against the last commit.
/// </summary>
public sealed class CorpusIndexer(IOptions<EvidenceOptions> options, IndexStatus status, ILogger<CorpusIndexer> logger) : BackgroundService
{
    private const string FullScan = "";

    private readonly Channel<(string Path, long Change)> _changes = Channel.CreateUnbounded<(string, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly EvidenceOptions _options = options.Value;
    private FileSystemWatcher? _watcher;

    /// <summary>Asks for a full re-scan now; completes when it has been applied.</summary>
    public Task RescanAsync(CancellationToken cancellationToken = default)
    {
        var change = status.ChangeSeen();
        _changes.Writer.TryWrite((FullScan, change));
        return status.WhenCaughtUpAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var index = await OpenIndexAsync(stoppingToken);
        if (index is null) return;
        var sync = new CorpusSync(index, _options.CorpusPath);
        status.Opened(index, sync);
        try
        {
            // Watch before the first pass, so nothing saved during it is missed.
            EnsureWatcher();
            RunPass(sync, [FullScan], status.Seen);
            using var rescan = new PeriodicTimer(TimeSpan.FromSeconds(_options.RescanSeconds));
            var tick = rescan.WaitForNextTickAsync(stoppingToken).AsTask();
            while (!stoppingToken.IsCancellationRequested)
            {
                EnsureWatcher();
                var read = _changes.Reader.WaitToReadAsync(stoppingToken).AsTask();
                var first = await Task.WhenAny(read, tick);
                if (first == tick)
                {
                    await tick;
                    tick = rescan.WaitForNextTickAsync(stoppingToken).AsTask();
                    RunPass(sync, [FullScan], status.Seen);
                    continue;
                }
                await read;
                if (_options.DebounceMilliseconds > 0) await Task.Delay(_options.DebounceMilliseconds, stoppingToken);
                var batch = new HashSet<string>(StringComparer.Ordinal);
                var upTo = 0L;
                while (_changes.Reader.TryRead(out var change))
                {
                    batch.Add(change.Path);
                    upTo = Math.Max(upTo, change.Change);
                }
                RunPass(sync, batch, upTo);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _watcher?.Dispose();
            index.Dispose();
        }
    }

    private async Task<EvidenceIndex?> OpenIndexAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                return CorpusSync.OpenIndex(_options.IndexPath, _options.CorpusPath);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
            {
                logger.LogError(error, "Cannot open the index at {IndexPath} (attempt {Attempt}); retrying", _options.IndexPath, attempt);
                status.PassCompleted(0, null, $"cannot open the index: {error.Message}");
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt)), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        return null;
    }

    private void RunPass(CorpusSync sync, IReadOnlyCollection<string> paths, long upTo)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var report = paths.Contains(FullScan) ? sync.SyncAll() : sync.SyncFiles(paths);
            if (report.Changed) logger.LogInformation("Indexed: {Added} added, {Updated} updated, {Deleted} deleted, {Errors} files with errors, in {Elapsed} ms",
                report.Added, report.Updated, report.Deleted, report.FileErrors.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            status.PassCompleted(upTo, report, null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The corpus folder vanished, the disk is full, a file is locked: keep serving the last commit,
            // say so in the status, and try again on the next event or re-scan.
            logger.LogError(error, "Indexing pass failed; the last good index stays in service");
            status.PassCompleted(upTo, null, error.Message);
            DropWatcher();
        }
    }

    private void EnsureWatcher()
    {
        if (_watcher is not null || !Directory.Exists(_options.CorpusPath)) return;
        try
        {
            var watcher = new FileSystemWatcher(_options.CorpusPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => Enqueue(e.FullPath);
            watcher.Changed += (_, e) => Enqueue(e.FullPath);
            watcher.Deleted += (_, e) => Enqueue(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Enqueue(e.OldFullPath);
                Enqueue(e.FullPath);
            };
            // An overflowing or broken watcher loses events: fall back to a full scan.
            watcher.Error += (_, _) => Enqueue(FullScan);
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception error) when (error is IOException or ArgumentException or UnauthorizedAccessException)
        {
            logger.LogWarning(error, "Cannot watch {CorpusPath}; relying on periodic re-scans", _options.CorpusPath);
        }
    }

    private void DropWatcher()
    {
        _watcher?.Dispose();
        _watcher = null;
    }

    private void Enqueue(string path)
    {
        // A folder renamed or removed (no extension) needs a full scan; editors' temporary files are ignored.
        if (path != FullScan && !path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            if (Path.HasExtension(path) && !Directory.Exists(path)) return;
            path = FullScan;
        }
        _changes.Writer.TryWrite((path, status.ChangeSeen()));
    }
}
