using System.ComponentModel;

namespace Evidence.Service.Search;

/// <summary>The query string of <c>GET /api/evidence</c>. Concept filters take an id, a label or any synonym.</summary>
public sealed record EvidenceRequest(
    [property: Description("Free text, for example 'stretch marks' or 'percutaneous collagen induction'.")] string? Q,
    [property: Description("Condition(s): vocabulary id, label or synonym; repeat for several.")] string[]? Condition,
    [property: Description("Outcome(s); with a condition, a finding must be on that condition and outcome.")] string[]? Outcome,
    [property: Description("Intervention: vocabulary id, label or synonym.")] string? Intervention,
    [property: Description("Study design id(s), for example randomised-controlled-trial; repeat for several.")] string[]? Design,
    [property: Description("Keep sources at this Oxford CEBM 2011 level or better (1 best, 5 weakest).")] int? MinLevel,
    [property: Description("Earliest publication year.")] int? YearFrom,
    [property: Description("Latest publication year.")] int? YearTo,
    [property: Description("draft, reviewed or imported.")] string? ReviewStatus,
    [property: Description("relevance (default), level or year.")] string? Sort,
    [property: Description("Page number from 1.")] int? Page,
    [property: Description("Results per page, 1 to 100 (default 20).")] int? PageSize);
