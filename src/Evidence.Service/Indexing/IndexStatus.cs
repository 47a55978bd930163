using Evidence.Corpus.Loading;
using Evidence.Search;
using Evidence.Search.Indexing;

namespace Evidence.Service.Indexing;

/// <summary>
/// What the worker has done: the last pass, per-file errors, the state it leaves the library in, and a signal
/// that completes when every change seen so far has been applied (tests await it instead of sleeping).
/// It reports; the library (<see cref="EvidenceLibrary"/>) holds the index.
/// </summary>
public sealed class IndexStatus(EvidenceLibrary library)
{
    private readonly object _gate = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _waiters = [];
    private long _seen;
    private long _applied;
    private TaskCompletionSource _passCompleted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DateTimeOffset? LastIndexedAt { get; private set; }

    public SyncReport? LastPass { get; private set; }

    /// <summary>A problem with the corpus folder or the index itself (missing folder, disk full...), or null.</summary>
    public string? Problem { get; private set; }

    public bool InitialPassDone { get; private set; }

    public bool IsCaughtUp
    {
        get
        {
            lock (_gate) return InitialPassDone && _applied >= _seen && Problem is null;
        }
    }

    public IReadOnlyList<CorpusError> Errors =>
        LastPass is null ? [] : [.. LastPass.VocabularyErrors, .. LastPass.FileErrors.Values.SelectMany(errors => errors)];

    /// <summary>starting (no index open), degraded (the last pass failed; answers come from the last good index), indexing or ready.</summary>
    public string State => !library.IsOpen ? "starting" : Problem is not null ? "degraded" : IsCaughtUp ? "ready" : "indexing";

    /// <summary>The index is open and caught up with every change seen.</summary>
    public bool Ready => library.IsOpen && IsCaughtUp;

    /// <summary>Called for every file event; returns the change number the caller can wait for.</summary>
    internal long ChangeSeen()
    {
        lock (_gate) return ++_seen;
    }

    /// <summary>Called after a pass that included every change numbered up to <paramref name="upTo"/>.</summary>
    internal void PassCompleted(long upTo, SyncReport? report, string? problem)
    {
        TaskCompletionSource completed;
        List<TaskCompletionSource> done;
        lock (_gate)
        {
            if (report is not null)
            {
                LastPass = report;
                LastIndexedAt = DateTimeOffset.UtcNow;
                InitialPassDone = true;
            }
            Problem = problem;
            _applied = Math.Max(_applied, upTo);
            var ready = InitialPassDone;
            done = [.. _waiters.Where(w => ready && w.Target <= _applied).Select(w => w.Done)];
            _waiters.RemoveAll(w => ready && w.Target <= _applied);
            completed = _passCompleted;
            _passCompleted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        foreach (var waiter in done) waiter.TrySetResult();
        completed.TrySetResult();
    }

    internal long Seen
    {
        get
        {
            lock (_gate) return _seen;
        }
    }

    /// <summary>Completes when every change seen before the call has been applied.</summary>
    public Task WhenCaughtUpAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (InitialPassDone && _applied >= _seen) return Task.CompletedTask;
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((_seen, waiter));
            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Completes after the next pass ends; use in a loop with a condition to await a watcher-driven change.</summary>
    public Task NextPassAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate) return _passCompleted.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Awaits passes until <paramref name="condition"/> holds (checked after each pass), or the token fires.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = NextPassAsync(cancellationToken);
            if (condition()) return;
            await next;
        }
    }
}
