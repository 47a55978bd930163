using Evidence.Embeddings.Model;
using Evidence.Embeddings.Storage;
using Evidence.Retrieval.Data;
using Evidence.Retrieval.Metrics;
using Evidence.Search;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Evidence.Retrieval.Evaluation;

/// <summary>
/// Issue 18's other fusions, tried on the training claims beside the product's (--experiments): the union of
/// Lucene's top 100 with the nearest abstracts by cosine over every vector, and weights that depend on the claim.
/// Each re-implements the product's interpolation over plain lists, so the first row must equal the product's figure.
/// </summary>
public sealed class FusionExperiments
{
    private readonly EvidenceSearcher _lexical;
    private readonly CorpusImport.Collection _collection;
    private readonly Func<string, float[]> _embed;
    private readonly Func<string, IReadOnlyList<int>> _pieces;
    private readonly Dictionary<string, float[]> _vectors;
    private readonly Dictionary<string, List<ScoredDocument>> _lexicalRuns = new(StringComparer.Ordinal);

    private FusionExperiments(EvidenceSearcher lexical, CorpusImport.Collection collection, Func<string, float[]> embed, Func<string, IReadOnlyList<int>> pieces, Dictionary<string, float[]> vectors)
    {
        (_lexical, _collection, _embed, _pieces, _vectors) = (lexical, collection, embed, pieces, vectors);
    }

    /// <summary>Every live document's vector by the collection's document id.</summary>
    public static FusionExperiments Open(EvidenceIndex index, CorpusImport.Collection collection, VectorStore store, Func<string, float[]> embed, Func<string, IReadOnlyList<int>> pieces)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var hashes = MultiDocValues.GetBinaryValues(reader, IndexFields.ContentHash);
        var live = MultiFields.GetLiveDocs(reader);
        var scratch = new BytesRef();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            hashes.Get(doc, scratch);
            var id = RetrievalRun.DocumentId(StoredRecords.Read(lease.Searcher, doc), collection.Name + ":");
            if (id is not null && store.Find(scratch.Utf8ToString()) is { } vector) vectors[id] = vector;
        }
        return new FusionExperiments(new EvidenceSearcher(index), collection, embed, pieces, vectors);
    }

    /// <summary>The variants, each a run to evaluate, around the product's weight.</summary>
    public IEnumerable<(string Label, RetrievalRun Run)> Runs(float weight)
    {
        yield return ($"interpolation {weight}, Lucene's top 100 (the product's, re-implemented)", Run(_ => weight, dense: 0));
        foreach (var dense in new[] { 10, 30, 100 })
            yield return ($"union: Lucene's top 100 + the {dense} nearest by cosine, {weight}", Run(_ => weight, dense));
        foreach (var (start, slope) in new[] { (0.4, 0.2), (0.4, 0.4), (0.3, 0.3), (0.3, 0.5) })
            yield return ($"claim-aware: {start} + {slope} × share of the claim's words the model splits into pieces", Run(claim => start + slope * Split(claim.Text), dense: 0));
        foreach (var (start, slope) in new[] { (0.3, 0.3), (0.3, 0.5), (0.4, 0.2) })
            yield return ($"claim-aware: {start} + {slope} × Lucene's margin (top score − second) / (top − 100th)", Run(claim => start + slope * Margin(claim.Lexical), dense: 0));
    }

    private sealed record Claim(string Text, List<ScoredDocument> Lexical);

    private RetrievalRun Run(Func<Claim, double> weightFor, int dense) => new(text => Fuse(text, weightFor, dense));

    private List<ScoredDocument> Fuse(string text, Func<Claim, double> weightFor, int dense)
    {
        if (!_lexicalRuns.TryGetValue(text, out var lexical)) _lexicalRuns[text] = lexical = RetrievalRun.Hits(_lexical, _collection, text);
        var query = _embed(text);
        var cosines = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in lexical)
            if (_vectors.TryGetValue(hit.Id, out var vector)) cosines[hit.Id] = Vectors.Cosine(query, vector);
        var candidates = lexical.ToDictionary(hit => hit.Id, hit => (double?)hit.Score, StringComparer.Ordinal);
        if (dense > 0)
        {
            foreach (var (id, cosine) in _vectors.Select(pair => (pair.Key, (double)Vectors.Cosine(query, pair.Value))).OrderByDescending(pair => pair.Item2).Take(dense))
            {
                cosines[id] = cosine;
                candidates.TryAdd(id, null);
            }
        }
        var weight = Math.Clamp(weightFor(new Claim(text, lexical)), 0, 1);
        var (lexMin, lexMax) = lexical.Count == 0 ? (0, 0) : (lexical.Min(h => h.Score), lexical.Max(h => h.Score));
        var (cosMin, cosMax) = cosines.Count == 0 ? (0, 0) : (cosines.Values.Min(), cosines.Values.Max());
        return [.. candidates
            .Select(pair =>
            {
                // A dense-only candidate is below Lucene's 100th, so it takes the bottom of the lexical range.
                var lexicalPart = pair.Value is { } score ? Normalise(score, lexMin, lexMax) : 0;
                var fused = cosines.TryGetValue(pair.Key, out var cosine) ? weight * lexicalPart + (1 - weight) * Normalise(cosine, cosMin, cosMax) : lexicalPart;
                return new ScoredDocument(pair.Key, fused);
            })
            .OrderByDescending(hit => hit.Score)
            .Take(RetrievalRun.Depth)];
    }

    /// <summary>The share of the claim's words that the model's vocabulary does not hold whole (gene names, drugs, numbers).</summary>
    private double Split(string text)
    {
        var pieces = _pieces(text);
        return pieces.Count == 0 ? 0 : (double)pieces.Count(p => p > 1) / pieces.Count;
    }

    /// <summary>How far Lucene's first hit stands out: 1 when the second is as low as the last, 0 when it ties the first.</summary>
    private static double Margin(List<ScoredDocument> lexical)
    {
        if (lexical.Count < 2) return 0;
        var scores = lexical.Select(h => h.Score).OrderDescending().ToList();
        return scores[0] > scores[^1] ? (scores[0] - scores[1]) / (scores[0] - scores[^1]) : 0;
    }

    private static double Normalise(double value, double min, double max) => max > min ? (value - min) / (max - min) : 1;
}
