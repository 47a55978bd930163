using System.Diagnostics;
using Evidence.Embeddings.Indexing;
using Evidence.Embeddings.Model;
using Evidence.Embeddings.Storage;
using Evidence.Search.Indexing;

namespace Evidence.IndexBuild.Commands;

/// <summary>
/// The sentence vectors of a build: the previous index's are carried over (they are kept by content hash, so a rebuild
/// embeds only new and changed files), and with <c>--embeddings</c> the missing ones are computed with a progress line.
/// </summary>
internal static class BuildEmbeddings
{
    public static void Run(EvidenceIndex index, string previousIndex, bool embed, TextWriter output, TextWriter progress)
    {
        var previous = Path.Combine(previousIndex, VectorStore.FolderName);
        var building = Path.Combine(index.FolderPath, VectorStore.FolderName);
        if (Directory.Exists(previous))
        {
            // A copy, not a shared open: a running service may be appending to the previous file (a cut record is dropped at open).
            Directory.CreateDirectory(building);
            foreach (var file in Directory.GetFiles(previous, "*.bin")) File.Copy(file, Path.Combine(building, Path.GetFileName(file)), overwrite: true);
        }
        else if (!embed)
        {
            return;
        }
        using var store = VectorStore.Open(index.FolderPath);
        var backlog = new EmbeddingBacklog(index, store, () => throw new InvalidOperationException("not embedding"));
        if (embed)
        {
            var clock = Stopwatch.StartNew();
            using var encoder = new SentenceEncoder(threads: Environment.ProcessorCount);
            backlog = new EmbeddingBacklog(index, store, () => encoder);
            var embedded = backlog.Run(new ProgressLine(progress));
            output.WriteLine($"embedded {embedded} sources in {clock.Elapsed.TotalSeconds:F1} s ({embedded / Math.Max(0.001, clock.Elapsed.TotalSeconds):F1}/s)");
        }
        store.Compact(backlog.CommittedHashes());
        var state = backlog.Progress();
        output.WriteLine($"vectors: {state.Done} sources have one, {state.Pending} do not{(embed ? "" : " (index-build build --embeddings computes them; the service does so in the background)")}");
    }

    /// <summary>"embedded N of M (rate/s, time left)" on one line.</summary>
    private sealed class ProgressLine(TextWriter writer) : IProgress<EmbeddingRate>
    {
        public void Report(EmbeddingRate value)
        {
            lock (writer) writer.Write($"\rembedded {value.Done:N0} of {value.Total:N0} sources ({value.PerSecond:F1}/s, {value.Remaining:hh\\:mm\\:ss} left)   {(value.Done == value.Total ? "\n" : "")}");
        }
    }
}
