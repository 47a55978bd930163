using System.Diagnostics;
using Evidence.Embeddings.Indexing;
using Evidence.Embeddings.Model;
using Evidence.Embeddings.Ranking;
using Evidence.Embeddings.Storage;
using Evidence.Search.Indexing;

namespace Evidence.Retrieval.Evaluation;

/// <summary>
/// Which rankings to run and the hybrid ranking's settings (--ranking, --weight, --depth; several weights are each
/// evaluated), how many claims time the hybrid ranking's added cost (--cost; <see cref="QueryCost"/>), and whether
/// to try the other fusions (--experiments; <see cref="FusionExperiments"/>) and time the encoder's session options
/// (--encoder-options; <see cref="EncoderOptions"/>).
/// </summary>
public sealed record HybridSettings(bool Lexical, bool Hybrid, IReadOnlyList<HybridOptions> Options, int CostSample = 0, bool Experiments = false, int EncoderSample = 0);

/// <summary>
/// The hybrid ranking over a benchmark index: vectors from the store in the work folder (computed once, by content
/// hash, so tuning runs embed nothing), the query encoder as the service runs it (one thread), and the embedding
/// rate measured on a sample.
/// </summary>
public sealed class HybridRun : IDisposable
{
    private const int RateSample = 32;

    private readonly SentenceEncoder _queries;
    private readonly VectorStore _store;

    private readonly Dictionary<string, float[]> _queryVectors = new(StringComparer.Ordinal);

    private HybridRun(SentenceEncoder queries, VectorStore store)
    {
        _queries = queries;
        _store = store;
    }

    /// <summary>
    /// A ranker with these options. The first one embeds each query (and so its times are the service's); later ones
    /// reuse those query vectors, so a sweep of weights costs the embedding once.
    /// </summary>
    public HybridRanker Ranker(HybridOptions options) => new(QueryVector, _store, options);

    /// <summary>The other fusions of issue 18 over the same vectors and query vectors (--experiments).</summary>
    public FusionExperiments Experiments(EvidenceIndex index, Data.CorpusImport.Collection collection) =>
        FusionExperiments.Open(index, collection, _store, QueryVector, _queries.PiecesPerWord);

    private float[] QueryVector(string text)
    {
        if (!_queryVectors.TryGetValue(text, out var vector)) _queryVectors[text] = vector = _queries.Embed(text);
        return vector;
    }

    /// <summary>A ranker that embeds every query it has not seen itself, as the service's does (for timing).</summary>
    public HybridRanker FreshRanker(HybridOptions options) => new(_queries, _store, options);

    public static HybridRun Open(EvidenceIndex index, string folder, HybridSettings settings, TextWriter output)
    {
        var store = VectorStore.Open(folder);
        var clock = Stopwatch.StartNew();
        using (var documents = new SentenceEncoder(threads: Environment.ProcessorCount))
        {
            output.WriteLine($"model loaded in {clock.Elapsed.TotalSeconds:F1} s");
            var backlog = new EmbeddingBacklog(index, store, () => documents);
            var embedded = backlog.Run(new Progress<EmbeddingRate>(rate =>
            {
                if (rate.Done % 64 == 0 || rate.Done == rate.Total)
                    Console.Error.Write($"\rembedded {rate.Done:N0} of {rate.Total:N0} ({rate.PerSecond:F1}/s, {rate.Remaining:hh\\:mm\\:ss} left)   ");
            }));
            if (embedded > 0) output.WriteLine($"\nembedded {embedded:N0} documents in {clock.Elapsed.TotalSeconds:F0} s ({embedded / clock.Elapsed.TotalSeconds:F1}/s, {Environment.ProcessorCount} threads)");
            output.WriteLine($"vectors: {store.Count:N0} in the store, {backlog.Progress().Pending} pending");
            output.WriteLine($"embedding rate: {SampleRate(index, documents):F1} documents/s (title + text, {RateSample} documents in batches of {EmbeddingBacklog.BatchSize}, {Environment.ProcessorCount} threads)");
        }
        return new HybridRun(new SentenceEncoder(threads: 1), store);
    }

    /// <summary>Documents a second over the index's first documents, whether or not their vectors were cached.</summary>
    private static double SampleRate(EvidenceIndex index, SentenceEncoder encoder)
    {
        using var lease = index.Acquire();
        var count = Math.Min(RateSample, lease.Searcher.IndexReader.MaxDoc);
        var texts = Enumerable.Range(0, count).Select(doc => EmbeddingText.For(StoredRecords.Read(lease.Searcher, doc))).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var batch in texts.Chunk(EmbeddingBacklog.BatchSize)) encoder.Embed(batch);
        return count / clock.Elapsed.TotalSeconds;
    }

    public void Dispose()
    {
        _queries.Dispose();
        _store.Dispose();
    }
}
