using System.Collections.Concurrent;
using Evidence.Embeddings.Model;
using Evidence.Embeddings.Storage;
using Evidence.Search.Ranking;

namespace Evidence.Embeddings.Ranking;

/// <summary>
/// Re-ranks Lucene's top hits by interpolating each hit's lexical score with the cosine of its vector and the query's,
/// each min-max normalised over the candidates: <c>weight × lexical + (1 − weight) × cosine</c>, the fusion that
/// measured best on SciFact's training claims (docs/retrieval.md). A hit without a vector yet (an edit still being
/// embedded) keeps its normalised lexical score, so it is neither lost nor promoted.
/// The query's embedding is nearly all of the re-rank's cost (docs/retrieval.md, "Where the query cost goes"), so a text's vector is
/// kept for its next searches (another page, a facet, the sort back to relevance).
/// </summary>
public sealed class HybridRanker(Func<string, float[]> embedQuery, VectorStore store, HybridOptions options) : ISemanticRanker
{
    /// <summary>Query vectors kept (1.5 KB each); past this the memory is emptied and starts again.</summary>
    private const int RememberedQueries = 512;

    private readonly ConcurrentDictionary<string, float[]> _queries = new(StringComparer.Ordinal);

    public HybridRanker(SentenceEncoder encoder, VectorStore store, HybridOptions options)
        : this(encoder.Embed, store, options)
    {
    }

    public int Depth => options.Depth;

    public IReadOnlyList<RankedCandidate>? Rerank(string text, IReadOnlyList<RankedCandidate> candidates)
    {
        var vectors = candidates.Select(c => store.Find(c.ContentHash)).ToList();
        if (vectors.All(v => v is null)) return null;
        var query = QueryVector(text);
        var cosines = vectors.Select(v => v is null ? float.NaN : Vectors.Cosine(query, v)).ToList();
        var (lexMin, lexMax) = (candidates.Min(c => c.Score), candidates.Max(c => c.Score));
        var present = cosines.Where(c => !float.IsNaN(c)).ToList();
        var (cosMin, cosMax) = (present.Min(), present.Max());
        var weight = options.LexicalWeight;
        return [.. candidates
            .Select((candidate, i) =>
            {
                var lexical = Normalise(candidate.Score, lexMin, lexMax);
                var score = float.IsNaN(cosines[i]) ? lexical : weight * lexical + (1 - weight) * Normalise(cosines[i], cosMin, cosMax);
                return candidate with { Score = score };
            })
            .OrderByDescending(c => c.Score)];
    }

    private float[] QueryVector(string text)
    {
        if (_queries.TryGetValue(text, out var known)) return known;
        if (_queries.Count >= RememberedQueries) _queries.Clear();
        return _queries[text] = embedQuery(text);
    }

    /// <summary>Min-max normalisation; all equal scores count as the top (1), so one candidate is not zeroed.</summary>
    private static float Normalise(float value, float min, float max) => max > min ? (value - min) / (max - min) : 1f;
}

/// <summary>The hybrid ranking's two settings, tuned on SciFact's training claims only (docs/retrieval.md: 0.4 and 100 gave nDCG@10 0.7409, 0.7407 on the later lexical ranking).</summary>
public sealed record HybridOptions
{
    /// <summary>The lexical score's share of the fused score; the cosine has the rest.</summary>
    public float LexicalWeight { get; init; } = 0.4f;

    /// <summary>How many of Lucene's top hits are re-ranked.</summary>
    public int Depth { get; init; } = 100;
}
