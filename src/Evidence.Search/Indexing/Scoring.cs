using Evidence.Search.Ranking;
using Lucene.Net.Search.Similarities;

namespace Evidence.Search.Indexing;

/// <summary>BM25 for indexing norms and for searching, so the two always agree.</summary>
public static class Scoring
{
    /// <summary>BM25 with the profile's k1 and b; its norms do not depend on them, so an index serves any values.</summary>
    public static Similarity For(RankingOptions ranking) => new BM25Similarity(ranking.K1, ranking.B);
}
