using Evidence.Corpus.Vocabulary;
using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Service.Search;
using Evidence.Synthesis.Map;
using Evidence.Synthesis.Summaries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Synthesis;

/// <summary><c>/api/summary</c> (evidence by outcome for a condition, with harms) and <c>/api/map</c> (conditions × outcomes).</summary>
public static class SynthesisApi
{
    public static IEndpointRouteBuilder MapSynthesisApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/summary", Summary).WithTags("Synthesis").WithName("OutcomeSummary")
            .WithSummary("For a condition: per outcome the sources, designs, participants, best level, directions and overall certainty; adverse events across all sources.");
        routes.MapGet("/api/map", Map).WithTags("Synthesis").WithName("EvidenceMap")
            .WithSummary("Conditions × outcomes (for one treatment or condition if given): per cell the source count, best level and, per comparison, the prevailing direction (never pooled across comparisons); missing cells are gaps.");
        return routes;
    }

    public static Results<Ok<OutcomeSummary>, ValidationProblem> Summary(string? condition, string[]? outcome, string? intervention, EvidenceLibrary library)
    {
        var validation = new QueryValidation(library.Vocabulary);
        if (string.IsNullOrWhiteSpace(condition))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["condition"] = ["condition is required: a vocabulary id, label or synonym"] });
        var conditions = validation.Concepts("condition", [condition], ConceptKind.Condition);
        var outcomes = validation.Concepts("outcome", outcome, ConceptKind.Outcome);
        var interventions = validation.Concepts("intervention", intervention is null ? null : [intervention], ConceptKind.Intervention);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors, title: "The summary request is not valid");
        var builder = new OutcomeSummaryBuilder(library.Vocabulary);
        var summary = library.ReadFacts(blocks => builder.Build(blocks, conditions[0], outcomes.Count == 0 ? null : outcomes, interventions.FirstOrDefault()));
        var coverage = library.Coverage(new EvidenceQuery { Conditions = conditions, Outcomes = outcomes, Interventions = interventions });
        return TypedResults.Ok(summary with { Coverage = CoverageViews.From(coverage) });
    }

    public static Results<Ok<EvidenceMap>, ValidationProblem> Map(string? intervention, string? condition, EvidenceLibrary library)
    {
        var validation = new QueryValidation(library.Vocabulary);
        var interventions = validation.Concepts("intervention", intervention is null ? null : [intervention], ConceptKind.Intervention);
        var conditions = validation.Concepts("condition", condition is null ? null : [condition], ConceptKind.Condition);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors, title: "The map request is not valid");
        var builder = new EvidenceMapBuilder(library.Vocabulary);
        var map = library.ReadFacts(blocks => builder.Build(blocks, interventions.FirstOrDefault(), conditions.FirstOrDefault()));
        var query = new EvidenceQuery { Interventions = interventions, Conditions = conditions };
        return TypedResults.Ok(map with { Coverage = CoverageViews.From(library.Coverage(query)) });
    }
}
