using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Synthesis.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Claims;

public sealed record ClaimRequest(string? Claim);

/// <summary><c>POST /api/claims/check</c>: a writer's sentence checked against annotated findings.</summary>
public static class ClaimApi
{
    public const int MaxClaimLength = 1_000;

    public static IEndpointRouteBuilder MapClaimApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/claims/check", Check).WithTags("Claims").WithName("CheckClaim")
            .WithSummary("Recognises intervention, comparator, condition, outcome and direction in a claim; returns a verdict with the findings on each side and citations.");
        return routes;
    }

    public static Results<Ok<ClaimCheck>, ValidationProblem> Check(ClaimRequest request, EvidenceLibrary library)
    {
        if (string.IsNullOrWhiteSpace(request.Claim))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claim"] = ["claim is required: the sentence to check"] });
        if (request.Claim.Length > MaxClaimLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claim"] = [$"claim is {request.Claim.Length:N0} characters; at most {MaxClaimLength:N0} are allowed"] });

        var vocabulary = library.Vocabulary;
        var checker = new ClaimChecker(vocabulary);
        var recognised = checker.Recognise(request.Claim);
        if (recognised.Intervention is null) return TypedResults.Ok(checker.Check(request.Claim, []));
        var interventions = vocabulary.SelfAndDescendants(recognised.Intervention.Id)
            .Concat(recognised.Comparator is null ? [] : vocabulary.SelfAndDescendants(recognised.Comparator.Id)).ToList();
        var sources = library.All(new EvidenceQuery
        {
            Interventions = interventions,
            Conditions = recognised.Condition is null ? [] : vocabulary.SelfAndDescendants(recognised.Condition.Id),
        });
        return TypedResults.Ok(checker.Check(request.Claim, sources.Records) with { SourcesNotRead = sources.NotRead });
    }
}
