using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Evidence.Search.Indexing;

/// <summary>
/// Gives every searcher the SearcherManager opens the same similarity (<see cref="Scoring"/>), and reads each new
/// segment's facet arrays (<see cref="SegmentFacets"/>) and fact table (<see cref="SegmentFactTables"/>) as the searcher opens (after a commit, on the indexing
/// thread), so no search pays for it.
/// </summary>
internal sealed class WarmSearcherFactory(Similarity similarity) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            SegmentFacets.For(leaf.AtomicReader);
            SegmentFactTables.For(leaf.AtomicReader);
        }
        return new(reader) { Similarity = similarity };
    }
}
