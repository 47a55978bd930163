using Evidence.Corpus.Model;
using Evidence.Search;
using Evidence.Service.Indexing;
using Evidence.Synthesis.Citations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Service.Citations;

/// <summary>
/// A key point or quote ready to paste: the text, where it stands in the source, and the citation.
/// <see cref="CitationWarning"/> says what the AMA citation still needs (null when it is complete and verified).
/// </summary>
public sealed record Quotable(string Kind, string Text, string? Location, string Citation, string Ready, string? CitationWarning);

/// <summary>Citations in six styles, reference lists, and quotable findings.</summary>
public static class CitationApi
{
    public const int MaxListLength = 200;

    /// <summary>"true" or "false": whether the citation in the body has every element its style requires, all verified.</summary>
    public const string ReadyHeader = "Citation-Ready";
    /// <summary>What the citation still needs ("volume missing: complete and check before publishing"); absent when ready.</summary>
    public const string WarningHeader = "Citation-Warning";
    /// <summary>On a reference list: the ids whose citations are not ready, comma-separated.</summary>
    public const string IncompleteHeader = "Citation-Incomplete";

    public static IEndpointRouteBuilder MapCitationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/evidence/{id}/cite", CiteOne).WithTags("Citations").WithName("Cite")
            .WithSummary("The source's citation: style = ama (default), apa, vancouver, bibtex, ris or csl-json, with the style's content type. "
                + "accessed=YYYY-MM-DD is the date you viewed a web page (AMA 'Accessed', Vancouver '[cited]'). "
                + "Headers Citation-Ready (true/false) and Citation-Warning say what the citation still needs.");
        routes.MapGet("/api/evidence/{id}/citations", CitationsOf).WithTags("Citations").WithName("Citations")
            .WithSummary("The source in all six styles, each with its completeness verdict: ready, the elements missing or not verified for that style, and a warning to show beside Copy.");
        routes.MapGet("/api/cite", CiteList).WithTags("Citations").WithName("ReferenceList")
            .WithSummary("A reference list for several ids (id repeated), numbered for AMA and Vancouver. Citation-Ready and Citation-Incomplete (the ids not ready) headers.");
        routes.MapGet("/api/evidence/{id}/quotable", QuotableOf).WithTags("Citations").WithName("Quotable")
            .WithSummary("Key points and verbatim quotes with their location, each ready to paste with its AMA citation.");
        return routes;
    }

    public static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> CiteOne(string id, string? style, string? accessed, HttpResponse response, EvidenceLibrary library)
    {
        if (!TryStyle(style, out var citationStyle, out var invalid)) return invalid;
        if (!TryAccessed(accessed, out var viewed, out invalid)) return invalid;
        var source = library.Find(id);
        if (source is null) return IndexAccess.SourceNotFound(id);
        var cited = Cite.Cite(WithAccessed(source, viewed), citationStyle);
        response.Headers[ReadyHeader] = cited.Completeness.Ready ? "true" : "false";
        if (cited.Completeness.Warning is { } warning) response.Headers[WarningHeader] = warning;
        return TypedResults.Text(cited.Text, citationStyle.ContentType());
    }

    public static Results<Ok<SourceCitations>, ValidationProblem, ProblemHttpResult> CitationsOf(string id, string? accessed, EvidenceLibrary library)
    {
        if (!TryAccessed(accessed, out var viewed, out var invalid)) return invalid;
        var source = library.Find(id);
        if (source is null) return IndexAccess.SourceNotFound(id);
        source = WithAccessed(source, viewed);
        return TypedResults.Ok(new SourceCitations(source.Id, [.. CitationStyles.All.Select(style => CitationView.Of(Cite.Cite(source, style)))]));
    }

    public static Results<ContentHttpResult, ValidationProblem> CiteList([FromQuery(Name = "id")] string[]? ids, string? style, HttpResponse response, EvidenceLibrary library)
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
        var incomplete = sources.Where(source => !Cite.Completeness(source, citationStyle).Ready).Select(source => source.Id).ToList();
        response.Headers[ReadyHeader] = incomplete.Count == 0 ? "true" : "false";
        if (incomplete.Count > 0) response.Headers[IncompleteHeader] = string.Join(", ", incomplete);
        return TypedResults.Text(Cite.FormatList(sources, citationStyle), citationStyle.ContentType());
    }

    public static Results<Ok<IReadOnlyList<Quotable>>, ProblemHttpResult> QuotableOf(string id, EvidenceLibrary library)
    {
        var source = library.Find(id);
        if (source is null) return IndexAccess.SourceNotFound(id);
        var cited = Cite.Cite(source, CitationStyle.Ama);
        var (citation, warning) = (cited.Text, cited.Completeness.Warning);
        IReadOnlyList<Quotable> items =
        [
            .. source.Quotes.Select(q => new Quotable("quote", q.Text, q.Location, citation, $"“{q.Text}” ({q.Location}). {citation}", warning)),
            .. source.KeyPoints.Select(k => new Quotable("key-point", k, null, citation, $"{k} ({citation})", warning)),
        ];
        return TypedResults.Ok(items);
    }

    /// <summary>The writer's own date of viewing replaces the record's, so the citation prints the date they checked the page.</summary>
    private static StudySummary WithAccessed(StudySummary source, string? accessed) =>
        accessed is null ? source : source with { Identifiers = source.Identifiers with { Accessed = accessed } };

    private static bool TryAccessed(string? accessed, out string? date, out ValidationProblem invalid)
    {
        invalid = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["accessed"] = [$"'{Clip(accessed)}' is not a date; give the day you viewed the page as YYYY-MM-DD, not after today"] });
        date = null;
        if (string.IsNullOrWhiteSpace(accessed)) return true;
        if (!DateOnly.TryParseExact(accessed.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            || day > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1) || day.Year < 1990)
            return false;
        date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private static string Clip(string? text) => text is null ? "" : text.Length > 40 ? text[..40] : text;

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
