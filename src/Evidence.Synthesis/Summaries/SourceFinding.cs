using Evidence.Corpus.Model;
using Cite = Evidence.Synthesis.Citations.Citations;
using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Summaries;

/// <summary>A finding with the source it comes from, ready to show and to cite.</summary>
public sealed record SourceFinding(
    string SourceId,
    string Title,
    int? Year,
    StudyDesign Design,
    int Level,
    string Condition,
    string Outcome,
    string? Intervention,
    string? Comparator,
    Direction Direction,
    string Effect,
    Certainty Certainty,
    string Citation,
    ReviewStatus ReviewStatus,
    Verification Verification,
    string? Caution)
{
    public static SourceFinding From(StudySummary source, Finding finding) => new(
        source.Id, source.Title, source.Year, source.Design, source.Level.Level,
        finding.Condition, finding.Outcome, finding.Intervention, finding.Comparator,
        finding.Direction, finding.Effect, finding.Certainty,
        Cite.Format(source, CitationStyle.Ama), source.Review.Status, source.Review.Verification, Cautions.For(source));
}
