using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Vocabulary;

public sealed record ConceptView(string Id, IReadOnlyList<string> Kinds, string Label, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Lay, string? Parent, int Count);

public sealed record Suggestion(string Id, string Label, string Term, IReadOnlyList<string> Kinds, bool IsLay, int Count);

/// <summary><c>/api/vocabulary</c> (concepts with source counts) and <c>/api/suggest</c> (autocomplete).</summary>
public static class VocabularyApi
{
    public const int MaxSuggestions = 10;

    public static IEndpointRouteBuilder MapVocabularyApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/vocabulary", List).WithTags("Vocabulary").WithName("Vocabulary")
            .WithSummary("Every concept with its labels, synonyms and the number of sources that use it.");
        routes.MapGet("/api/suggest", Suggest).WithTags("Vocabulary").WithName("Suggest")
            .WithSummary("Autocomplete over concept labels, clinical synonyms and lay words.");
        return routes;
    }

    public static Ok<IReadOnlyList<ConceptView>> List(EvidenceLibrary library)
    {
        var counts = library.ConceptCounts();
        return TypedResults.Ok<IReadOnlyList<ConceptView>>([.. library.Vocabulary.Concepts.Select(c =>
            new ConceptView(c.Id, [.. c.Kinds.Select(Names<ConceptKind>.Id)], c.Label, c.Synonyms, c.Lay, c.Parent, counts.GetValueOrDefault(c.Id)))]);
    }

    public static Results<Ok<IReadOnlyList<Suggestion>>, ValidationProblem> Suggest(string? q, EvidenceLibrary library)
    {
        if (q is { Length: > 100 }) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["q may be at most 100 characters"] });
        return TypedResults.Ok<IReadOnlyList<Suggestion>>([.. library.Suggest(q ?? "", MaxSuggestions).Select(s =>
            new Suggestion(s.Concept.Id, s.Concept.Label, s.Term, [.. s.Concept.Kinds.Select(Names<ConceptKind>.Id)], s.IsLay, s.Count))]);
    }
}
