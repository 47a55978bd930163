using Evidence.Corpus.Model;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Comparisons;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Synthesis.Summaries;

/// <summary>
/// A finding with the source it comes from, ready to show and to cite: the finding as annotated, its comparison,
/// and <see cref="Reading"/>, its direction in words that name the comparison. <see cref="Harm"/> is true when
/// the outcome is an adverse event: the direction is then the harm's (worsened = more of it), never a benefit.
/// </summary>
public sealed record SourceFinding(
    string SourceId,
    string Title,
    int? Year,
    StudyDesign Design,
    int Level,
    Finding Finding,
    Comparison Comparison,
    bool Harm,
    string Reading,
    string Citation,
    ReviewStatus ReviewStatus,
    Verification Verification,
    string? Caution)
{
    public static SourceFinding From(StudySummary source, Finding finding, ComparisonClassifier comparisons)
    {
        var comparison = comparisons.Of(finding, source);
        return new(source.Id, source.Title, source.Year, source.Design, source.Level.Level,
            finding, comparison, comparisons.IsHarm(finding.Outcome), comparisons.Reading(comparison, finding),
            Cite.Format(source, CitationStyle.Ama), source.Review.Status, source.Review.Verification, Cautions.For(source));
    }
}
