using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Summaries;

public sealed record ConceptRef(string Id, string Label);

public sealed record DesignCount(StudyDesign Value, string Label, int Count);

public sealed record DirectionCounts(int Improved, int NoDifference, int Worsened, int Mixed, int Unclear);

/// <summary>
/// The evidence on one outcome for the requested condition. Findings lists the strongest first (level, then
/// newest) up to <see cref="Listing.Limit"/>; FindingsTotal counts them all.
/// </summary>
public sealed record OutcomeEvidence(
    ConceptRef Outcome,
    int Sources,
    IReadOnlyList<DesignCount> Designs,
    int Participants,
    int ParticipantsKnownFor,
    int BestLevel,
    DirectionCounts Directions,
    Certainty Certainty,
    IReadOnlyList<string> CertaintyReasons,
    IReadOnlyList<SourceFinding> Findings,
    int FindingsTotal);

public sealed record AdverseEventReport(string SourceId, string Citation, string? Frequency, Severity Severity, string? Caution);

/// <summary>One harm gathered across every source on the condition.</summary>
/// <remarks>Reports lists the first <see cref="Listing.Limit"/> by severity (worst first); ReportsTotal counts them all.</remarks>
public sealed record AdverseEventEvidence(ConceptRef Event, int Sources, Severity WorstSeverity, IReadOnlyList<AdverseEventReport> Reports, int ReportsTotal);

public sealed record FlaggedSource(string SourceId, string Title, string Caution);

/// <summary>The answer of <c>/api/summary</c>: per outcome, then the harms, then the sources to read with care.</summary>
public sealed record OutcomeSummary(
    ConceptRef Condition,
    ConceptRef? Intervention,
    IReadOnlyList<OutcomeEvidence> Outcomes,
    IReadOnlyList<AdverseEventEvidence> AdverseEvents,
    IReadOnlyList<FlaggedSource> Flagged,
    int FlaggedTotal,
    string CertaintyRule)
{
    /// <summary>
    /// Null when every matching source was read; otherwise how many were not, because a synthesis reads at most
    /// the first 100,000 (in index order): the counts then cover only the sources read.
    /// </summary>
    public int? SourcesNotRead { get; init; }
}
