using Evidence.Corpus.Model;

namespace Evidence.Service.Search;

/// <summary>One page of <c>GET /api/evidence</c>.</summary>
public sealed record EvidenceResponse(int Total, int Page, int PageSize, IReadOnlyList<EvidenceItem> Items, EvidenceFacets Facets)
{
    /// <summary>How the items are ordered by relevance: hybrid when sentence vectors re-ranked the top hits, else lexical.</summary>
    public RankingKind Ranking { get; init; } = RankingKind.Lexical;
}

/// <summary>Lexical: Lucene's BM25 alone. Hybrid: its top hits re-ranked with sentence vectors (issue 18).</summary>
public enum RankingKind
{
    Lexical,
    Hybrid,
}

/// <summary>
/// A source in a result list. <see cref="Findings"/> holds the findings that match the request's
/// condition, outcome and intervention (all of them when the request names none). <see cref="Snippet"/> is
/// HTML: escaped text with matched words in &lt;mark&gt;.
/// </summary>
public sealed record EvidenceItem(
    string Id,
    string Title,
    int? Year,
    StudyDesign Design,
    string DesignLabel,
    int Level,
    string LevelLabel,
    string? Doi,
    string? Pmid,
    string? Url,
    string Citation,
    string? CitationWarning,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<AdverseEventView> AdverseEvents,
    string? Snippet,
    float Score,
    ReviewStatus ReviewStatus,
    Verification Verification,
    bool Annotated,
    string? Caution);

public sealed record FindingView(
    string Condition,
    string ConditionLabel,
    string Outcome,
    string OutcomeLabel,
    string? Intervention,
    string? InterventionLabel,
    string? Comparator,
    string? ComparatorLabel,
    Direction Direction,
    string Effect,
    Certainty Certainty);

public sealed record AdverseEventView(string Event, string Label, string? Frequency, Severity Severity, string? Note);

public sealed record FacetValue(string Value, string Label, int Count);

public sealed record EvidenceFacets(
    IReadOnlyList<FacetValue> Condition,
    IReadOnlyList<FacetValue> Outcome,
    IReadOnlyList<FacetValue> Design,
    IReadOnlyList<FacetValue> Level,
    IReadOnlyList<FacetValue> Year);

/// <summary>The whole record of one source, with its AMA citation and the labels of the concepts it uses.</summary>
public sealed record SourceResponse(StudySummary Source, string Citation, string? CitationWarning, string DesignLabel, string LevelLabel, IReadOnlyDictionary<string, string> Labels, bool Annotated, string? Caution);
