using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Service.Search;

namespace Evidence.Bench.Queries;

/// <summary>
/// The service's search in-process: what <see cref="SearchApi.Search"/> does for a request (validation, query,
/// facets, stored records, snippets, response views), without HTTP or JSON.
/// </summary>
public sealed class ServiceQueries(EvidenceLibrary library)
{
    public int Run(BenchQuery query)
    {
        var evidenceQuery = Validate(query);
        var result = library.Search(evidenceQuery);
        var views = new EvidenceViews(library.Vocabulary);
        var response = new EvidenceResponse(result.Total, evidenceQuery.Page, evidenceQuery.PageSize, [.. result.Hits.Select(hit => views.Item(hit, evidenceQuery))], views.Facets(result.Facets));
        return response.Total;
    }

    /// <summary>The same request's Lucene query alone (top 20 documents, prior applied): no facets, records, snippets or views.</summary>
    public int RankOnly(BenchQuery query) => new EvidenceSearcher(library.OpenIndex).Rank(Validate(query)).TotalHits;

    private EvidenceQuery Validate(BenchQuery query)
    {
        var request = new EvidenceRequest(query.Text, query.Condition is null ? null : [query.Condition], query.Outcome is null ? null : [query.Outcome],
            null, null, null, null, null, null, query.Kind == QueryKind.SortByYear ? "year" : null, null, null);
        var validation = new QueryValidation(library.Vocabulary);
        var evidenceQuery = validation.Validate(request);
        if (!validation.IsValid) throw new InvalidOperationException($"invalid bench query {query.Path}");
        return evidenceQuery;
    }
}
