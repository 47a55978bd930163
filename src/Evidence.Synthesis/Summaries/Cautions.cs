using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Summaries;

/// <summary>Why a reader should take care with a source; null for a reviewed, fully verified one.</summary>
public static class Cautions
{
    public static string? For(StudySummary summary) => summary switch
    {
        { Review.Status: ReviewStatus.Imported } => "Imported record: bibliographic data only, findings not yet annotated.",
        { Review.Status: ReviewStatus.Draft, Review.Verification: Verification.Verified } => "Draft summary: not yet reviewed by a second person.",
        { Review.Status: ReviewStatus.Draft } => $"Draft summary, {Names<Verification>.Label(summary.Review.Verification).ToLowerInvariant()}: {Unverified(summary)}",
        { Review.Verification: not Verification.Verified } => $"{Names<Verification>.Label(summary.Review.Verification)}: {Unverified(summary)}",
        _ => null,
    };

    private static string Unverified(StudySummary summary) =>
        summary.Review.UnverifiedFields.Count > 0 ? "not verified: " + string.Join(", ", summary.Review.UnverifiedFields) + "." : summary.Review.Notes ?? "see the review notes.";
}
