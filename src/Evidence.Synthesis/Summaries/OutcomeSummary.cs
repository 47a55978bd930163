using Evidence.Corpus.Model;
using Evidence.Synthesis.Comparisons;

namespace Evidence.Synthesis.Summaries;

public sealed record ConceptRef(string Id, string Label);

public sealed record DesignCount(StudyDesign Value, string Label, int Count);

/// <summary>How many findings of a comparison point one way, with that direction in words naming the comparison.</summary>
public sealed record DirectionTally(Direction Direction, string Reading, int Count);

/// <summary>
/// The evidence on one outcome for one comparison, like a row of a Cochrane summary-of-findings table: its sources,
/// designs, participants, best level, directions (each in words that name the comparison), and a certainty stated for this comparison alone
/// (<see cref="CertaintyRule"/>). <see cref="Fit"/> says how the comparison answers the requested treatment (null when
/// none was requested). Findings lists the strongest first (level, then newest) up to <see cref="Listing.Limit"/>.
/// </summary>
public sealed record ComparisonEvidence(
    Comparison Comparison,
    QuestionFit? Fit,
    int Sources,
    IReadOnlyList<DesignCount> Designs,
    int Participants,
    int ParticipantsKnownFor,
    int BestLevel,
    IReadOnlyList<DirectionTally> Directions,
    Certainty Certainty,
    IReadOnlyList<string> CertaintyReasons,
    IReadOnlyList<SourceFinding> Findings,
    int FindingsTotal);

/// <summary>
/// The evidence on one outcome for the requested condition, one entry per comparison; there is no certainty for the
/// outcome as a whole, because that would pool comparisons. <see cref="Harm"/> is true when the outcome is an adverse
/// event: its findings are harm results (worsened = more of the harm), never benefits.
/// </summary>
public sealed record OutcomeEvidence(
    ConceptRef Outcome,
    bool Harm,
    int Sources,
    IReadOnlyList<ComparisonEvidence> Comparisons,
    int FindingsTotal);

public sealed record AdverseEventReport(string SourceId, string Citation, string? Frequency, Severity Severity, string? Caution);

/// <summary>
/// One harm gathered across every source on the condition. <see cref="Sources"/> and <see cref="Reports"/> count only
/// sources that saw the event; <see cref="NotSeen"/> lists those that looked for it and did not see it ("no infections
/// were observed"), which are never counted as reports.
/// </summary>
/// <remarks>Each list holds the first <see cref="Listing.Limit"/> (reports by severity, worst first); the totals count them all.</remarks>
public sealed record AdverseEventEvidence(
    ConceptRef Event,
    int Sources,
    Severity WorstSeverity,
    IReadOnlyList<AdverseEventReport> Reports,
    int ReportsTotal,
    IReadOnlyList<AdverseEventReport> NotSeen,
    int NotSeenTotal);

public sealed record FlaggedSource(string SourceId, string Title, string Caution);

/// <summary>The answer of <c>/api/summary</c>: per outcome and comparison, then the harms, then the sources to read with care.</summary>
public sealed record OutcomeSummary(
    ConceptRef Condition,
    ConceptRef? Intervention,
    IReadOnlyList<OutcomeEvidence> Outcomes,
    IReadOnlyList<AdverseEventEvidence> AdverseEvents,
    IReadOnlyList<FlaggedSource> Flagged,
    int FlaggedTotal,
    string CertaintyRule)
{
    /// <summary>Whether the library covers the requested condition, outcomes and treatment (<see cref="Synthesis.Coverage"/>).</summary>
    public Coverage Coverage { get; init; } = Coverage.Full;
}
