using Evidence.Search.Querying;
using Evidence.Service.Indexing;
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

    public static Results<Ok<ClaimCheck>, ValidationProblem, ProblemHttpResult> Check(ClaimRequest request, IndexStatus status)
    {
        if (!IndexAccess.TryGet(status, out var index, out var unavailable)) return unavailable;
        if (string.IsNullOrWhiteSpace(request.Claim))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claim"] = ["claim is required: the sentence to check"] });
        if (request.Claim.Length > MaxClaimLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claim"] = [$"claim is {request.Claim.Length:N0} characters; at most {MaxClaimLength:N0} are allowed"] });

        var checker = new ClaimChecker(index.Vocabulary);
        var coverage = new ClaimCoverageCounts(index);
        if (checker.SourcesFor(request.Claim) is not { } needed) return TypedResults.Ok(checker.Check(request.Claim, [], coverage.SourcesNaming));
        var sources = new EvidenceSearcher(index).All(new EvidenceQuery { Interventions = needed.Interventions, Conditions = needed.Conditions });
        return TypedResults.Ok(checker.Check(request.Claim, sources.Records, coverage.SourcesNaming) with { SourcesNotRead = sources.NotRead });
    }
}
