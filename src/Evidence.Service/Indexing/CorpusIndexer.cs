using System.Threading.Channels;
using Evidence.Search;
using Microsoft.Extensions.Options;

namespace Evidence.Service.Indexing;

/// <summary>
/// The indexing worker: watch, debounce, <see cref="EvidenceLibrary.Sync()"/>. At start it opens the library and
/// reconciles the index with the corpus; then it passes file changes on as the watcher reports them (gathered
/// for a short debounce), and re-scans the whole folder periodically in case the watcher missed something: the
/// re-scan looks for changed files beside the worker and hands them over as one more incremental pass.
/// A failed pass is reported in the status and retried; it never stops the worker or the searches, which go
/// on against the last commit.
/// </summary>
public sealed class CorpusIndexer(IOptions<EvidenceOptions> options, EvidenceLibrary library, IndexStatus status, ILogger<CorpusIndexer> logger) : BackgroundService
{
    private const string FullScan = "";

    private readonly Channel<(string Path, long Change)> _changes = Channel.CreateUnbounded<(string, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly EvidenceOptions _options = options.Value;
    private readonly PathRedaction _redaction = new(options.Value.CorpusPath, options.Value.IndexPath);
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
        if (!await OpenAsync(stoppingToken)) return;
        try
        {
            // Watch before the first pass, so nothing saved during it is missed.
            EnsureWatcher();
            RunPass([FullScan], status.Seen);
            using var rescan = new PeriodicTimer(TimeSpan.FromSeconds(_options.RescanSeconds));
            var tick = rescan.WaitForNextTickAsync(stoppingToken).AsTask();
            Task<bool>? read = null;
            while (!stoppingToken.IsCancellationRequested)
            {
                EnsureWatcher();
                // One pending wait on the channel at a time (it has a single reader), kept across probe and tick wake-ups.
                read ??= _changes.Reader.WaitToReadAsync(stoppingToken).AsTask();
                // While degraded, retry a full pass with back-off so the service recovers by itself when the fault
                // clears; while healthy, probe the corpus folder, because a folder renamed or deleted as a whole
                // raises no file events on the watcher that is still attached to it.
                var probe = Task.Delay(_failures > 0 ? RetryDelay(_failures) : ProbeInterval, stoppingToken);
                var first = await Task.WhenAny(_rescan is { } running ? [read, tick, probe, running.Found] : [read, tick, probe]);
                if (_rescan is { Found.IsCompleted: true } done)
                {
                    _rescan = null;
                    ApplyRescan(done);
                    continue;
                }
                if (first == probe)
                {
                    await probe;
                    if (_failures > 0 || !CorpusLooksPresent()) RunPass([FullScan], status.Seen);
                    continue;
                }
                if (first == tick)
                {
                    await tick;
                    tick = rescan.WaitForNextTickAsync(stoppingToken).AsTask();
                    // The re-scan is a safety net behind the watcher, so it gets at most a tenth of the time: a
                    // library whose scan takes seconds (a million files) is re-scanned less often.
                    if (System.Diagnostics.Stopwatch.GetElapsedTime(_scanEnded) < _scanTook * 10 || _rescan is not null || _failures > 0) continue;
                    // Found beside the worker, which meanwhile applies the watcher's batches: an edit saved during
                    // the re-scan of a large library (a second at 100,000 files) need not wait for it.
                    var from = status.Seen;
                    _rescan = new Rescan(Task.Run(() => library.FindChanges(stoppingToken), stoppingToken), from, System.Diagnostics.Stopwatch.GetTimestamp());
                    continue;
                }
                await read;
                read = null;
                if (_options.DebounceMilliseconds > 0) await Task.Delay(_options.DebounceMilliseconds, stoppingToken);
                var batch = new HashSet<string>(StringComparer.Ordinal);
                var upTo = 0L;
                while (batch.Count < MaxBatch && _changes.Reader.TryRead(out var change))
                {
                    batch.Add(change.Path);
                    upTo = Math.Max(upTo, change.Change);
                }
                // After a failure only a full pass can say that everything seen so far is applied.
                if (_failures > 0) batch.Add(FullScan);
                RunPass(batch, batch.Contains(FullScan) ? status.Seen : upTo);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _watcher?.Dispose();
            // The re-scan reads the index: let it stop before the index is closed.
            if (_rescan is { } running) await running.Found.ContinueWith(_ => { }, TaskScheduler.Default);
            library.Dispose();
        }
    }

    /// <summary>A periodic re-scan under way: the files it finds changed, the last change seen when it started, and when.</summary>
    private sealed record Rescan(Task<List<string>?> Found, long From, long Started);

    private Rescan? _rescan;

    /// <summary>
    /// Applies what a re-scan found as an incremental pass, which leaves every change seen before the re-scan
    /// started applied: it was on disk when the re-scan looked. A re-scan that failed or cannot say (the index
    /// needs rebuilding) is followed by a full pass, which reports the fault or does the rebuild, and so is one that
    /// found more than a batch.
    /// </summary>
    private void ApplyRescan(Rescan rescan)
    {
        if (_failures > 0) return;
        if (rescan.Found is not { IsCompletedSuccessfully: true, Result: { } found })
        {
            if (rescan.Found.Exception is { } error) logger.LogDebug(error.InnerException, "The re-scan stopped; a full pass follows");
            RunPass([FullScan], status.Seen);
            return;
        }
        logger.LogDebug("The re-scan found {Found} files to look at in {Elapsed} ms", found.Count, System.Diagnostics.Stopwatch.GetElapsedTime(rescan.Started).TotalMilliseconds);
        if (found.Count == 0)
        {
            status.PassCompleted(rescan.From, null, null);
            ScanEnded(rescan.Started);
            return;
        }
        // Much changed unseen (a folder swapped while the watcher was down): a full pass reads the index's states once
        // instead of looking each file up.
        if (found.Count > MaxBatch)
        {
            RunPass([FullScan], status.Seen);
            return;
        }
        RunPass(found, rescan.From);
        if (_failures == 0) ScanEnded(rescan.Started);
    }

    private async Task<bool> OpenAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                library.Open();
                if (library.DiscardedIndex is { } reason)
                    logger.LogWarning("The index at {IndexPath} could not be read ({Reason}); it is being rebuilt from the corpus", _options.IndexPath, reason);
                return true;
            }
            catch (IndexUnavailableException error)
            {
                logger.LogError(error.InnerException ?? error, "Cannot open the index at {IndexPath} (attempt {Attempt}); retrying", _options.IndexPath, attempt);
                status.PassCompleted(0, null, error.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt)), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        return false;
    }

    /// <summary>How often a healthy worker checks that the corpus folder is still there.</summary>
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    /// <summary>A burst of thousands of edits is applied in commits of at most this many files.</summary>
    private const int MaxBatch = 5_000;

    /// <summary>From this many files and a heap this large, a scan's garbage is collected at once (see <see cref="ScanEnded"/>).</summary>
    private const int LargeLibrary = 100_000;

    private const long LargeHeapBytes = 512L << 20;

    /// <summary>How long the last full pass or re-scan took, and when it ended.</summary>
    private TimeSpan _scanTook;
    private long _scanEnded;

    /// <summary>Failed passes in a row; zero when the last pass succeeded.</summary>
    private int _failures;

    private TimeSpan RetryDelay(int failures) => TimeSpan.FromMilliseconds(Math.Min(Math.Min(_options.RescanSeconds, 5) * 1000.0, 250 * Math.Pow(2, Math.Min(failures - 1, 10))));

    private bool CorpusLooksPresent() =>
        Directory.Exists(_options.CorpusPath) && File.Exists(Path.Combine(_options.CorpusPath, Evidence.Corpus.Loading.CorpusLoader.VocabularyFileName));

    private void RunPass(IReadOnlyCollection<string> paths, long upTo)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var full = paths.Contains(FullScan);
            var report = full ? library.Sync() : library.Sync(paths);
            if (full) ScanEnded(started);
            if (report.Changed) logger.LogInformation("Indexed: {Added} added, {Updated} updated, {Deleted} deleted, {Errors} files with errors, in {Elapsed} ms",
                report.Added, report.Updated, report.Deleted, report.FileErrors.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            status.PassCompleted(upTo, report, null);
            if (_failures > 0) logger.LogInformation("Indexing recovered after {Failures} failed passes", _failures);
            _failures = 0;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The corpus folder vanished, the disk is full, a file is locked: keep serving the last commit,
            // say so in the status, and try again on the next event or re-scan.
            // Nothing of the failed pass is applied: changes are not counted as done (upTo 0), and the library has
            // rolled back whatever the pass buffered, so it cannot slip into a later commit.
            _failures++;
            if (_failures == 1) logger.LogError(error, "Indexing pass failed; the last good index stays in service");
            else logger.LogWarning("Indexing pass failed again ({Failures} in a row): {Message}", _failures, error.Message);
            status.PassCompleted(0, null, _redaction.Redact(error.Message));
            DropWatcher();
        }
    }

    /// <summary>Times a full pass or re-scan (started at <paramref name="started"/>), for the re-scan's share of the time, and returns its garbage.</summary>
    private void ScanEnded(long started)
    {
        (_scanTook, _scanEnded) = (System.Diagnostics.Stopwatch.GetElapsedTime(started), System.Diagnostics.Stopwatch.GetTimestamp());
        // A full pass over a large library holds every file's state for a moment and leaves it as garbage the GC keeps
        // resident: at a million files 980 MB, of which 195 MB is live after a compacting collection. One such
        // collection afterwards (a pause of about 200 ms at a million files) returns the rest; a background collection
        // returned almost nothing. Only when the heap has grown large: at 100,000 files a pass leaves ~100 MB, and a
        // re-scan, which keeps path hashes and stamps rather than states, stays under the line even at a million.
        if (library.DocumentCount >= LargeLibrary && GC.GetTotalMemory(forceFullCollection: false) > LargeHeapBytes)
        {
            var collecting = System.Diagnostics.Stopwatch.GetTimestamp();
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            logger.LogInformation("Returned the scan's memory in {Elapsed} ms", System.Diagnostics.Stopwatch.GetElapsedTime(collecting).TotalMilliseconds);
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
            watcher.Deleted += (_, e) => Enqueue(e.FullPath, gone: true);
            watcher.Renamed += (_, e) =>
            {
                // A name renamed to a file was a file: a temporary file renamed over a source (sed -i and editors that
                // save that way) needs no pass for its old name.
                Enqueue(e.OldFullPath, gone: !File.Exists(e.FullPath));
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

    /// <param name="gone">The name was removed or renamed away, and what it named is unknown.</param>
    private void Enqueue(string path, bool gone = false)
    {
        if (path != FullScan && !path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            // Another name needs a full scan only as a folder: one there now (created, renamed or moved in, its files
            // without events of their own), or one gone that may have been a folder (no extension). The rest are
            // editors' temporary and backup files.
            if (!Directory.Exists(path) && !(gone && !Path.HasExtension(path))) return;
            path = FullScan;
        }
        _changes.Writer.TryWrite((path, status.ChangeSeen()));
    }
}
