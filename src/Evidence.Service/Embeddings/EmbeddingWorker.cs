using Evidence.Embeddings.Indexing;
using Evidence.Search;
using Evidence.Service.Indexing;

namespace Evidence.Service.Embeddings;

/// <summary>
/// Keeps the sentence vectors caught up with the index, off the edit path: after each indexing pass it embeds the
/// documents whose content hash has no vector yet (none, on an unchanged corpus), while searches go on lexically for
/// those documents. <c>/api/status</c> shows the backlog as <c>embeddings: {pending, done}</c>.
/// </summary>
public sealed class EmbeddingWorker(SemanticIndex semantic, EvidenceLibrary library, IndexStatus status, ILogger<EmbeddingWorker> logger) : BackgroundService
{
    /// <summary>Also look again this often, in case a pass ended while a backlog was being embedded.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!semantic.Enabled) return;
        await Task.Yield();
        try
        {
            await status.WaitUntilAsync(() => library.IsOpen, stoppingToken);
            await Task.Run(() => semantic.Open(library.IndexFolder), stoppingToken);
            var backlog = new EmbeddingBacklog(library.OpenIndex, semantic.Store!, () => semantic.Encoder);
            while (!stoppingToken.IsCancellationRequested)
            {
                var nextPass = status.NextPassAsync(stoppingToken);
                await Task.Run(() => CatchUp(backlog, stoppingToken), stoppingToken);
                await Task.WhenAny(nextPass, Task.Delay(Recheck, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            // Without vectors the service still answers, lexically; the status says why semantic ranking is missing.
            logger.LogError(error, "Embedding stopped; searches are ranked lexically");
        }
    }

    private void CatchUp(EmbeddingBacklog backlog, CancellationToken stoppingToken)
    {
        var progress = backlog.Progress();
        semantic.Progress = progress;
        if (progress.Pending == 0) return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var before = semantic.EmbeddedSinceStart;
        // The count moves before the progress that announces it: a waiter woken by "none pending" reads a count that
        // already includes every vector it is told about.
        var embedded = backlog.Run(new InlineProgress(rate =>
        {
            semantic.EmbeddedSinceStart = before + rate.Done;
            semantic.Progress = new EmbeddingProgress(Math.Max(0, progress.Pending - rate.Done), progress.Done + rate.Done);
        }), stoppingToken);
        semantic.EmbeddedSinceStart = before + embedded;
        semantic.Progress = backlog.Progress();
        var took = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Embedded {Count} documents in {Elapsed:F1} s ({Rate:F1}/s)", embedded, took.TotalSeconds, embedded / Math.Max(0.001, took.TotalSeconds));
        if (semantic.Store!.Compact(backlog.CommittedHashes())) logger.LogInformation("Compacted the vector store to {Count} vectors", semantic.Store.Count);
    }

    /// <summary>Reports on the embedding thread itself (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class InlineProgress(Action<EmbeddingRate> report) : IProgress<EmbeddingRate>
    {
        public void Report(EmbeddingRate value) => report(value);
    }
}
