using Evidence.Corpus.Model;
using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Evidence.Search.Querying;

/// <summary>The exact filters of a query, as clauses that match without adding to the score.</summary>
internal static class FilterQuery
{
    public static IEnumerable<Query> Build(EvidenceQuery query)
    {
        if (query.Conditions.Count > 0 && query.Outcomes.Count > 0)
        {
            // Both given: a source matches when one of its findings is on that condition AND that outcome.
            yield return AnyOf(IndexFields.FindingKey,
                query.Conditions.SelectMany(condition => query.Outcomes.Select(outcome => IndexFields.Key(condition, outcome))));
        }
        else if (query.Conditions.Count > 0) yield return AnyOf(IndexFields.Condition, query.Conditions);
        else if (query.Outcomes.Count > 0) yield return AnyOf(IndexFields.Outcome, query.Outcomes);

        if (query.Interventions.Count > 0) yield return AnyOf(IndexFields.Intervention, query.Interventions);
        if (query.Designs.Count > 0) yield return AnyOf(IndexFields.Design, query.Designs.Select(Names<StudyDesign>.Id));
        if (query.ReviewStatus is { } status) yield return AnyOf(IndexFields.ReviewStatus, [Names<ReviewStatus>.Id(status)]);
        if (query.MinLevel is { } level) yield return Constant(NumericRangeQuery.NewInt32Range(IndexFields.Level, EvidenceLevel.Best, level, true, true));
        if (query.YearFrom is not null || query.YearTo is not null)
            yield return Constant(NumericRangeQuery.NewInt32Range(IndexFields.Year, query.YearFrom, query.YearTo, true, true));
    }

    /// <summary>Filters as one query that every match must pass, or null when there are none.</summary>
    public static Query? All(IEnumerable<Query> filters)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var filter in filters) all.Add(filter, Occur.MUST);
        return all.Clauses.Count == 0 ? null : all;
    }

    /// <summary>The live documents of one segment that <paramref name="filters"/> (a weight of <see cref="All"/>) match.</summary>
    public static FixedBitSet Matching(Weight filters, AtomicReaderContext segment)
    {
        var matching = new FixedBitSet(segment.AtomicReader.MaxDoc);
        if (filters.GetScorer(segment, segment.AtomicReader.LiveDocs) is { } docs) matching.Or(docs);
        return matching;
    }

    private static Query AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in values.Distinct(StringComparer.Ordinal)) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return Constant(any);
    }

    private static ConstantScoreQuery Constant(Query query) => new(query) { Boost = 0f };
}
