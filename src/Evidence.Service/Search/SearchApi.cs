using Evidence.Search;
using Evidence.Service.Embeddings;
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

    public static Results<Ok<EvidenceResponse>, ValidationProblem> Search([AsParameters] EvidenceRequest request, EvidenceLibrary library, SearchCache cache, SemanticIndex semantic)
    {
        var validation = new QueryValidation(library.Vocabulary);
        var query = validation.Validate(request);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors, title: "The search request is not valid");
        var ranker = semantic.Ranker;
        return TypedResults.Ok(cache.GetOrAdd(library, query, () =>
        {
            var result = library.Search(query, ranker);
            var views = new EvidenceViews(library.Vocabulary);
            return new EvidenceResponse(result.Total, query.Page, query.PageSize, [.. result.Hits.Select(hit => views.Item(hit, query))], views.Facets(result.Facets))
            {
                Ranking = result.Hybrid ? RankingKind.Hybrid : RankingKind.Lexical,
            };
        }, ranker is null ? -1 : semantic.Version));
    }

    public static Results<Ok<SourceResponse>, ProblemHttpResult> Get(string id, EvidenceLibrary library)
    {
        var summary = library.Find(id);
        if (summary is null) return IndexAccess.SourceNotFound(id);
        return TypedResults.Ok(new EvidenceViews(library.Vocabulary).Source(summary));
    }
}
