namespace Evidence.Search.Ranking;

/// <summary>A hit of the lexical ranking handed to a <see cref="ISemanticRanker"/>: its document, score and content hash.</summary>
public readonly record struct RankedCandidate(int Doc, float Score, string ContentHash);

/// <summary>
/// Re-orders the top of a relevance ranking by meaning (Evidence.Embeddings' hybrid ranking, issue 18). Lucene finds
/// and filters the candidates; this only changes their order and scores, so totals and facets stay the same.
/// </summary>
public interface ISemanticRanker
{
    /// <summary>How many of the lexical ranking's top hits are re-ranked.</summary>
    int Depth { get; }

    /// <summary>The candidates re-ordered, with new scores; null when this text cannot be ranked by meaning now (no vectors yet).</summary>
    IReadOnlyList<RankedCandidate>? Rerank(string text, IReadOnlyList<RankedCandidate> candidates);
}
