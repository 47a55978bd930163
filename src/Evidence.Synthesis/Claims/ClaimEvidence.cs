using Evidence.Corpus.Model;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Summaries;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Synthesis.Claims;

/// <summary>What a piece of claim evidence is: a finding, a finding on a harm outcome, or an adverse-event report.</summary>
public enum EvidenceKind
{
    /// <summary>A finding on a condition or outcome the treatment is meant to help.</summary>
    Finding,
    /// <summary>A finding whose outcome is a harm: its direction is the direction of the harm (worsened = more harm).</summary>
    HarmResult,
    /// <summary>An adverse event a source reports, or looked for and did not see (<see cref="ClaimEvidence.Observed"/> false).</summary>
    AdverseEventReport,
}

/// <summary>
/// One piece of evidence on a claim, ready to show and to cite. <see cref="Comparison"/> says in words which
/// comparison it is (a finding's <see cref="Comparisons.Comparison.Label"/>: "Microneedling vs no active treatment
/// (control)", "Microneedling, before and after treatment"; or "an adverse-event report"); <see cref="Indirect"/> marks a combination treatment read for the treatment alone; <see cref="Bearing"/>
/// says why it stands on its side.
/// </summary>
public sealed record ClaimEvidence(
    string SourceId,
    string Title,
    int? Year,
    StudyDesign Design,
    int Level,
    EvidenceKind Kind,
    string Comparison,
    bool Indirect,
    string Bearing,
    string Citation,
    ReviewStatus ReviewStatus,
    Verification Verification,
    string? Caution)
{
    public string? Condition { get; init; }
    public string? Outcome { get; init; }
    public string? Intervention { get; init; }
    public string? Comparator { get; init; }
    public Direction? Direction { get; init; }

    /// <summary>A finding's direction in words that name its comparison (<see cref="Comparison.Reading"/>): "Microneedling: better than no active treatment".</summary>
    public string? Reading { get; init; }
    public string? Effect { get; init; }
    public Certainty? Certainty { get; init; }

    /// <summary>The adverse event reported (a vocabulary id), for <see cref="EvidenceKind.AdverseEventReport"/>.</summary>
    public string? Event { get; init; }
    public string? Frequency { get; init; }
    public Severity? Severity { get; init; }
    public string? Note { get; init; }

    /// <summary>False when the source looked for the event and did not see it; such a report never counts as the event.</summary>
    public bool? Observed { get; init; }

    public static ClaimEvidence FromFinding(StudySummary source, Finding finding, Comparison comparison, ComparisonClassifier comparisons, bool indirect, string bearing) =>
        Base(source, comparisons.IsHarm(finding.Outcome) ? EvidenceKind.HarmResult : EvidenceKind.Finding, comparison.Label, indirect, bearing) with
        {
            Condition = finding.Condition,
            Outcome = finding.Outcome,
            Intervention = finding.Intervention,
            Comparator = finding.Comparator,
            Direction = finding.Direction,
            Reading = comparisons.Reading(comparison, finding),
            Effect = finding.Effect,
            Certainty = finding.Certainty,
        };

    public static ClaimEvidence FromReport(StudySummary source, AdverseEvent report, bool indirect, string bearing) =>
        Base(source, EvidenceKind.AdverseEventReport, report.Observed ? "an adverse-event report" : "an adverse event looked for and not seen", indirect, bearing) with
        {
            Event = report.Event,
            Frequency = report.Frequency,
            Severity = report.Severity,
            Note = report.Note,
            Observed = report.Observed,
        };

    private static ClaimEvidence Base(StudySummary source, EvidenceKind kind, string comparison, bool indirect, string bearing) => new(
        source.Id, source.Title, source.Year, source.Design, source.Level.Level, kind, comparison, indirect, bearing,
        Cite.Format(source, CitationStyle.Ama), source.Review.Status, source.Review.Verification, Cautions.For(source));
}
