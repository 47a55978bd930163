using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// A text query searched with its filters as the documents each segment accepts, instead of as a conjunction. A
/// conjunction makes Lucene score the text's disjunction one document at a time (DefaultBulkScorer over a
/// ConjunctionScorer); with the filters' matches as accepted documents the disjunction keeps its bulk scorer
/// (BooleanScorer), which skips the rest as it skips deleted documents. The filters match without adding to the score
/// (<see cref="FilterQuery"/>, <see cref="SafetyIntent.Topic"/>), so the scores are those of the conjunction.
/// </summary>
internal static class AcceptedSearch
{
    public static void Search(IndexSearcher searcher, Query text, IReadOnlyList<Query> filters, ICollector collector)
    {
        // Without filters, the plain search: the same bulk scorer over the live documents.
        if (filters.Count == 0)
        {
            searcher.Search(text, collector);
            return;
        }
        var filterWeight = searcher.CreateNormalizedWeight(FilterQuery.All(filters) ?? new MatchAllDocsQuery());
        var weight = searcher.CreateNormalizedWeight(text);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, FilterQuery.Matching(filterWeight, leaf))?.Score(collector);
        }
    }
}
