using Evidence.Corpus.Model;
using Evidence.Search;
using Evidence.Service.Indexing;
using Evidence.Synthesis.Citations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Service.Citations;

/// <summary>A key point or quote ready to paste: the text, where it stands in the source, and the citation.</summary>
public sealed record Quotable(string Kind, string Text, string? Location, string Citation, string Ready);

/// <summary>Citations in six styles, reference lists, and quotable findings.</summary>
public static class CitationApi
{
    public const int MaxListLength = 200;

    public static IEndpointRouteBuilder MapCitationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/evidence/{id}/cite", CiteOne).WithTags("Citations").WithName("Cite")
            .WithSummary("The source's citation: style = ama (default), apa, vancouver, bibtex, ris or csl-json, with the style's content type.");
        routes.MapGet("/api/cite", CiteList).WithTags("Citations").WithName("ReferenceList")
            .WithSummary("A reference list for several ids (id repeated), numbered for AMA and Vancouver.");
        routes.MapGet("/api/evidence/{id}/quotable", QuotableOf).WithTags("Citations").WithName("Quotable")
            .WithSummary("Key points and verbatim quotes with their location, each ready to paste with its AMA citation.");
        return routes;
    }

    public static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> CiteOne(string id, string? style, EvidenceLibrary library)
    {
        if (!TryStyle(style, out var citationStyle, out var invalid)) return invalid;
        var source = library.Find(id);
        if (source is null) return IndexAccess.SourceNotFound(id);
        return TypedResults.Text(Cite.Format(source, citationStyle), citationStyle.ContentType());
    }

    public static Results<ContentHttpResult, ValidationProblem> CiteList([FromQuery(Name = "id")] string[]? ids, string? style, EvidenceLibrary library)
    {
        if (!TryStyle(style, out var citationStyle, out var invalid)) return invalid;
        if (ids is null || ids.Length == 0 || ids.Length > MaxListLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"give 1 to {MaxListLength} source ids, each as id=…"] });
        var sources = new List<StudySummary>();
        var missing = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (library.Find(id) is { } source) sources.Add(source);
            else missing.Add(id.Length > 100 ? id[..100] : id);
        }
        if (missing.Count > 0)
        {
            var listed = string.Join(", ", missing.Take(10));
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"no source has the id(s): {listed}{(missing.Count > 10 ? $" and {missing.Count - 10} more" : "")}"] });
        }
        return TypedResults.Text(Cite.FormatList(sources, citationStyle), citationStyle.ContentType());
    }

    public static Results<Ok<IReadOnlyList<Quotable>>, ProblemHttpResult> QuotableOf(string id, EvidenceLibrary library)
    {
        var source = library.Find(id);
        if (source is null) return IndexAccess.SourceNotFound(id);
        var citation = Cite.Format(source, CitationStyle.Ama);
        IReadOnlyList<Quotable> items =
        [
            .. source.Quotes.Select(q => new Quotable("quote", q.Text, q.Location, citation, $"“{q.Text}” ({q.Location}). {citation}")),
            .. source.KeyPoints.Select(k => new Quotable("key-point", k, null, citation, $"{k} ({citation})")),
        ];
        return TypedResults.Ok(items);
    }

    private static bool TryStyle(string? style, out CitationStyle citationStyle, out ValidationProblem invalid)
    {
        invalid = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["style"] = [$"unknown style '{style}'; accepted: {string.Join(", ", CitationStyles.Ids)}"] });
        if (string.IsNullOrWhiteSpace(style))
        {
            citationStyle = CitationStyle.Ama;
            return true;
        }
        return CitationStyles.TryParse(style, out citationStyle);
    }
}
