using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Search.Ranking;
using Evidence.Service.Embeddings;
using Evidence.Synthesis;
using Evidence.Service.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Search;

/// <summary><c>/api/evidence</c>: search by text, condition, outcome and the other filters; one whole record by id.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/evidence").WithTags("Evidence");
        group.MapGet("/", Search)
            .WithName("SearchEvidence")
            .WithSummary("Search the evidence by text, condition, outcome, intervention, design, level and year, with facets.");
        group.MapGet("/{id}", Get)
            .WithName("GetSource")
            .WithSummary("The whole record of one source.");
        return routes;
    }

    /// <summary>With the search cache off the page is serialised straight into the response; with it on, once into the cache.</summary>
    public static async ValueTask<Results<Ok<EvidenceResponse>, CachedPage, ValidationProblem>> Search([AsParameters] EvidenceRequest request, EvidenceLibrary library, SearchCache cache, SemanticIndex semantic)
    {
        var validation = new QueryValidation(library.Vocabulary);
        var query = validation.Validate(request);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors, title: "The search request is not valid");
        var ranker = semantic.Ranker;
        if (!cache.Enabled) return TypedResults.Ok(Answer(library, query, ranker));
        return await cache.GetOrAddAsync(library, query, () => Answer(library, query, ranker), ranker is null ? -1 : semantic.Version);
    }

    /// <summary>
    /// One page of results for a validated query. A question with a part the library does not cover is not answered
    /// from its other words: the page is empty and the coverage says what is missing and how many sources were withheld.
    /// </summary>
    public static EvidenceResponse Answer(EvidenceLibrary library, EvidenceQuery query, ISemanticRanker? ranker = null)
    {
        var result = library.Search(query, ranker);
        var views = new EvidenceViews(library.Vocabulary);
        var coverage = library.Coverage(query);
        if (!coverage.Covered)
            return new EvidenceResponse(0, query.Page, query.PageSize, [], views.Facets(FacetCounts.Empty), CoverageViews.From(coverage, result.Total));
        return new EvidenceResponse(result.Total, query.Page, query.PageSize, [.. result.Hits.Select(hit => views.Item(hit, query))], views.Facets(result.Facets), CoverageViews.From(coverage))
        {
            Ranking = result.Hybrid ? RankingKind.Hybrid : RankingKind.Lexical,
        };
    }

    public static Results<Ok<SourceResponse>, ProblemHttpResult> Get(string id, EvidenceLibrary library)
    {
        var summary = library.Find(id);
        if (summary is null) return IndexAccess.SourceNotFound(id);
        return TypedResults.Ok(new EvidenceViews(library.Vocabulary).Source(summary));
    }
}
