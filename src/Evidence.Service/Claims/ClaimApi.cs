using Evidence.Corpus.Facts;
using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Synthesis.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Claims;

public sealed record ClaimRequest(string? Claim);

/// <summary><c>POST /api/claims/check</c>: a writer's sentence checked against annotated findings and adverse-event reports.</summary>
public static class ClaimApi
{
    public const int MaxClaimLength = 1_000;

    public static IEndpointRouteBuilder MapClaimApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/claims/check", Check).WithTags("Claims").WithName("CheckClaim")
            .WithSummary("Reads what a claim asserts (treatment, comparator, condition, outcome or harm; benefit, no effect, worse, comparison, harm, safety or absolute efficacy; negation and hedges) and returns a verdict with the evidence on each side, which comparison each piece is, and citations.");
        return routes;
    }

    public static Results<Ok<ClaimCheck>, ValidationProblem> Check(ClaimRequest request, EvidenceLibrary library)
    {
        if (string.IsNullOrWhiteSpace(request.Claim))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claim"] = ["claim is required: the sentence to check"] });
        if (request.Claim.Length > MaxClaimLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claim"] = [$"claim is {request.Claim.Length:N0} characters; at most {MaxClaimLength:N0} are allowed"] });

        var checker = new ClaimChecker(library.Vocabulary);
        // Whether the library covers a concept at all is read from the whole index (counts cached per commit), not from the sources read.
        var counts = library.ConceptCounts();
        int SourcesNaming(string id) => counts.GetValueOrDefault(id);
        if (checker.SourcesFor(request.Claim) is not { } needed) return TypedResults.Ok(checker.Check(request.Claim, Array.Empty<FactBlock>(), SourcesNaming));
        var filters = new EvidenceQuery { Interventions = needed.Interventions, Conditions = needed.Conditions };
        return TypedResults.Ok(library.ReadFacts(filters, blocks => checker.Check(request.Claim, blocks, SourcesNaming)));
    }
}
