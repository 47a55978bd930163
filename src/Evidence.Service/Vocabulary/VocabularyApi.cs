using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Search.Indexing;
using Evidence.Service.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
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

    public static Results<Ok<IReadOnlyList<ConceptView>>, ProblemHttpResult> List(IndexStatus status)
    {
        if (!IndexAccess.TryGet(status, out var index, out var unavailable)) return unavailable;
        var counts = Counts(index);
        return TypedResults.Ok<IReadOnlyList<ConceptView>>([.. index.Vocabulary.Concepts.Select(c =>
            new ConceptView(c.Id, [.. c.Kinds.Select(Names<ConceptKind>.Id)], c.Label, c.Synonyms, c.Lay, c.Parent, counts.GetValueOrDefault(c.Id)))]);
    }

    public static Results<Ok<IReadOnlyList<Suggestion>>, ValidationProblem, ProblemHttpResult> Suggest(string? q, IndexStatus status)
    {
        if (!IndexAccess.TryGet(status, out var index, out var unavailable)) return unavailable;
        if (q is { Length: > 100 }) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["q may be at most 100 characters"] });
        var prefix = ConceptVocabulary.Normalise(q ?? "");
        if (prefix.Length == 0) return TypedResults.Ok<IReadOnlyList<Suggestion>>([]);
        var counts = Counts(index);
        var matches = index.Vocabulary.Concepts
            .SelectMany(concept => concept.AllTerms.Select((term, i) => (concept, term, isLay: concept.Lay.Contains(term), key: ConceptVocabulary.Normalise(term))))
            .Select(m => (m.concept, m.term, m.isLay, rank: m.key.StartsWith(prefix, StringComparison.Ordinal) ? 0 : m.key.Contains(" " + prefix, StringComparison.Ordinal) ? 1 : 2))
            .Where(m => m.rank < 2)
            .OrderBy(m => m.rank).ThenByDescending(m => counts.GetValueOrDefault(m.concept.Id)).ThenBy(m => m.term.Length)
            .DistinctBy(m => m.concept.Id)
            .Take(MaxSuggestions)
            .Select(m => new Suggestion(m.concept.Id, m.concept.Label, m.term, [.. m.concept.Kinds.Select(Names<ConceptKind>.Id)], m.isLay, counts.GetValueOrDefault(m.concept.Id)));
        return TypedResults.Ok<IReadOnlyList<Suggestion>>([.. matches]);
    }

    /// <summary>Sources per concept, counted over the exact fields of the live index.</summary>
    private static Dictionary<string, int> Counts(EvidenceIndex index)
    {
        using var lease = index.Acquire();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var concept in index.Vocabulary.Concepts)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var field in new[] { IndexFields.Condition, IndexFields.Outcome, IndexFields.Intervention, IndexFields.AdverseEvent })
                any.Add(new TermQuery(new Term(field, concept.Id)), Occur.SHOULD);
            var total = new TotalHitCountCollector();
            lease.Searcher.Search(any, total);
            counts[concept.Id] = total.TotalHits;
        }
        return counts;
    }
}
