namespace Evidence.Corpus.Model;

/// <summary>The review state of a summary and which of its facts were checked.</summary>
public sealed record Review(
    ReviewStatus Status,
    Verification Verification,
    IReadOnlyList<string> VerifiedFields,
    IReadOnlyList<string> UnverifiedFields,
    string? Notes,
    IReadOnlyList<string> CheckedAt)
{
    /// <summary>
    /// The facts-file items the summary was checked against, each as <c>file.md#item</c>
    /// ("microneedling-citations.md#11"); the fields checked are <see cref="VerifiedFields"/>.
    /// </summary>
    public IReadOnlyList<string> CheckedAgainst { get; init; } = [];

    /// <summary>
    /// Why the source names no doi, pmid or url: no canonical record (doi.org, PubMed, PMC, the publisher or
    /// the issuing body) was found, only mirrors. Allowed only for a journal article cited by journal and
    /// pages; citations carry it as a check for the reader.
    /// </summary>
    public string? UnlinkedReason { get; init; }
}
