using Evidence.Corpus.Model;

namespace Evidence.Search.Querying;

public enum SortOrder
{
    Relevance,
    Level,
    Year,
}

/// <summary>
/// A validated search: free text plus exact filters whose concept ids are already resolved (and expanded to
/// narrower concepts). <see cref="MinLevel"/> keeps sources at that evidence level or better (1 is best), as the
/// API's minLevel does: the minimum quality, so the largest level number kept.
/// </summary>
public sealed record EvidenceQuery
{
    public string? Text { get; init; }
    public IReadOnlyList<string> Conditions { get; init; } = [];
    public IReadOnlyList<string> Outcomes { get; init; } = [];
    public IReadOnlyList<string> Interventions { get; init; } = [];
    public IReadOnlyList<StudyDesign> Designs { get; init; } = [];
    public int? MinLevel { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public ReviewStatus? ReviewStatus { get; init; }
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>Free text beyond this is cut before analysis, so no request can build an outsized query.</summary>
    public const int MaxTextLength = 1_000;

    /// <summary>At most this many analysed terms of free text become query clauses.</summary>
    public const int MaxTerms = 48;

    public const int MaxPageSize = 100;

    /// <summary>Deep paging is capped: page × pageSize may not exceed this.</summary>
    public const int MaxWindow = 10_000;
}
