using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>Sources per concept, counted over the exact concept fields of one index snapshot (kept per commit by <see cref="EvidenceLibrary"/>).</summary>
internal static class ConceptCounts
{
    public static readonly string[] Fields = [IndexFields.Condition, IndexFields.Outcome, IndexFields.Intervention, IndexFields.AdverseEvent];

    /// <summary>The sources annotated with one concept (each source once, whatever the fields that name it).</summary>
    public static int Count(IndexSearcher searcher, string id)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in Fields) any.Add(new TermQuery(new Term(field, id)), Occur.SHOULD);
        var total = new TotalHitCountCollector();
        searcher.Search(any, total);
        return total.TotalHits;
    }
}
