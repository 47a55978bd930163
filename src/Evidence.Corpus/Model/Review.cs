namespace Evidence.Corpus.Model;

/// <summary>The review state of a summary and which of its facts were checked.</summary>
public sealed record Review(
    ReviewStatus Status,
    Verification Verification,
    IReadOnlyList<string> VerifiedFields,
    IReadOnlyList<string> UnverifiedFields,
    string? Notes,
    IReadOnlyList<string> CheckedAt);
