using Evidence.Corpus.Model;
using Evidence.Synthesis.Summaries;

namespace Evidence.Synthesis.Claims;

public enum Verdict
{
    Supported,
    Contradicted,
    Mixed,
    InsufficientEvidence,
}

/// <summary>A vocabulary concept found in the claim, and the words that named it.</summary>
public sealed record RecognisedConcept(string Id, string Label, string Matched);

public sealed record RecognisedClaim(
    RecognisedConcept? Intervention,
    RecognisedConcept? Comparator,
    RecognisedConcept? Condition,
    RecognisedConcept? Outcome,
    Direction? Direction,
    bool Absolute);

public sealed record UnannotatedSource(string SourceId, string Title, string Citation);

/// <summary>
/// The answer to a claim: what was recognised, the verdict and why, the findings on each side, findings
/// that are related but cannot decide it (for example improvement when the claim says "cures"), and
/// matching sources that have no annotated findings yet. Each list shows the strongest first, up to
/// <see cref="Listing.Limit"/>; the totals count them all (the verdict and reason are drawn from all).
/// </summary>
public sealed record ClaimCheck(
    string Claim,
    RecognisedClaim Recognised,
    Verdict Verdict,
    string Reason,
    IReadOnlyList<SourceFinding> Supporting,
    IReadOnlyList<SourceFinding> Contradicting,
    IReadOnlyList<SourceFinding> Related,
    IReadOnlyList<UnannotatedSource> Unannotated)
{
    public int SupportingTotal { get; init; } = Supporting.Count;

    public int ContradictingTotal { get; init; } = Contradicting.Count;

    public int RelatedTotal { get; init; } = Related.Count;

    public int UnannotatedTotal { get; init; } = Unannotated.Count;

    /// <summary>
    /// Null when every matching source was read; otherwise how many were not, because a synthesis reads at most
    /// the first 100,000 (in index order): the counts then cover only the sources read.
    /// </summary>
    public int? SourcesNotRead { get; init; }

    /// <summary>The same answer with each list cut to <see cref="Listing.Limit"/> and its total kept.</summary>
    public ClaimCheck Listed() => this with
    {
        Supporting = Listing.First(Supporting),
        Contradicting = Listing.First(Contradicting),
        Related = Listing.First(Related),
        Unannotated = Listing.First(Unannotated),
    };
}
