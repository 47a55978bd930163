using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Evidence.Search.Indexing;

/// <summary>BM25 for indexing norms and for searching, so the two always agree.</summary>
public static class Scoring
{
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Gives every searcher the SearcherManager opens the same similarity.</summary>
    public sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
