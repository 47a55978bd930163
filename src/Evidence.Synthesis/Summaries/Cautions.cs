using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Summaries;

/// <summary>
/// What a reader should check in the library's summary of a source before relying on it; null for a reviewed, fully
/// verified one. The words are about the summary (its review and the details checked against the publication), never
/// about the study or the treatment.
/// </summary>
public static class Cautions
{
    /// <summary>How a draft's caution begins; a page that has already said the whole library is draft can leave it out.</summary>
    public const string DraftPrefix = "Draft summary, not yet reviewed by a second person; ";

    public static string? For(StudySummary summary) => summary switch
    {
        { Review.Status: ReviewStatus.Imported } => "Imported record: bibliographic data only, findings not yet annotated.",
        { Review.Status: ReviewStatus.Draft, Review.Verification: Verification.Verified } => "Draft summary: not yet reviewed by a second person.",
        { Review.Status: ReviewStatus.Draft } => DraftPrefix + Unverified(summary),
        { Review.Verification: not Verification.Verified } => char.ToUpperInvariant(Unverified(summary)[0]) + Unverified(summary)[1..],
        _ => null,
    };

    /// <summary>True when <see cref="For"/> has a caution for a summary in this review state.</summary>
    public static bool Applies(ReviewStatus status, Verification verification) =>
        status is ReviewStatus.Imported or ReviewStatus.Draft || verification is not Verification.Verified;

    private static string Unverified(StudySummary summary) =>
        summary.Review.UnverifiedFields.Count > 0
            ? "details not verified against the publication: " + string.Join(", ", summary.Review.UnverifiedFields) + "."
            : "not verified against the publication: " + (summary.Review.Notes ?? "see the review notes.");
}
