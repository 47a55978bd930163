using Evidence.Search.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Evidence.Search.Indexing;

/// <summary>BM25 for indexing norms and for searching, so the two always agree.</summary>
public static class Scoring
{
    /// <summary>BM25 with the profile's k1 and b; its norms do not depend on them, so an index serves any values.</summary>
    public static Similarity For(RankingOptions ranking) => new BM25Similarity(ranking.K1, ranking.B);

    /// <summary>
    /// Gives every searcher the SearcherManager opens the same similarity, and reads each new segment's facet
    /// arrays as the searcher opens (after a commit, on the indexing thread), so no search pays for it.
    /// </summary>
    public sealed class Factory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves) Querying.SegmentFacets.For(leaf.AtomicReader);
            return new(reader) { Similarity = similarity };
        }
    }
}
