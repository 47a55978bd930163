using Evidence.Corpus.Vocabulary;
using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>Sources per concept, counted over the exact concept fields of one index snapshot.</summary>
internal static class ConceptCounts
{
    public static readonly string[] Fields = [IndexFields.Condition, IndexFields.Outcome, IndexFields.Intervention, IndexFields.AdverseEvent];

    public static IReadOnlyDictionary<string, int> Count(IndexSearcher searcher, ConceptVocabulary vocabulary)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var concept in vocabulary.Concepts) counts[concept.Id] = CountOne(searcher, concept.Id);
        return counts;
    }

    /// <summary>The sources annotated with one concept (each source once, whatever the fields that name it).</summary>
    public static int CountOne(IndexSearcher searcher, string id)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in Fields) any.Add(new TermQuery(new Term(field, id)), Occur.SHOULD);
        var total = new TotalHitCountCollector();
        searcher.Search(any, total);
        return total.TotalHits;
    }
}
