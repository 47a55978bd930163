namespace Evidence.Synthesis.Claims;

public enum Verdict
{
    Supported,
    Contradicted,
    Mixed,
    InsufficientEvidence,
    /// <summary>The sentence matched no rule of the claim grammar, or lacks what it is about; nothing was guessed.</summary>
    NotUnderstood,
    /// <summary>The claim's treatment, comparator, condition or harm is not in the library; the nearest covered concepts are named.</summary>
    NotCovered,
}

/// <summary>Whether the evidence is on the claim's treatment itself, or only on combinations that add something to it.</summary>
public enum Directness
{
    /// <summary>No evidence on either side.</summary>
    None,
    /// <summary>The verdict rests on evidence about the treatment itself (or one of its direct variants).</summary>
    Direct,
    /// <summary>Only combination treatments were studied: indirect evidence (GRADE indirectness), said so in the reason.</summary>
    IndirectOnly,
}

/// <summary>What part of a claim the library does not cover, in the claim's words, and the nearest concepts it does cover.</summary>
public sealed record NotCovered(string Part, string Words, IReadOnlyList<RecognisedConcept> Nearest);

public sealed record UnannotatedSource(string SourceId, string Title, string Citation);

/// <summary>
/// The answer to a claim: what was recognised, the verdict and why, the evidence on each side, evidence that is
/// related but cannot decide it (for example improvement when the claim says "cures", or an adverse event looked
/// for and not seen when the claim says "can cause"), and matching sources that have no annotated findings yet.
/// Each list shows the strongest first, up to <see cref="Listing.Limit"/>; the totals count them all (the verdict
/// and reason are drawn from all, every matching source counted).
/// </summary>
public sealed record ClaimCheck(
    string Claim,
    RecognisedClaim Recognised,
    Verdict Verdict,
    string Reason,
    IReadOnlyList<ClaimEvidence> Supporting,
    IReadOnlyList<ClaimEvidence> Contradicting,
    IReadOnlyList<ClaimEvidence> Related,
    IReadOnlyList<UnannotatedSource> Unannotated)
{
    public Directness Directness { get; init; } = Directness.None;

    /// <summary>Set when the verdict is <see cref="Verdict.NotCovered"/>.</summary>
    public NotCovered? NotCovered { get; init; }

    public int SupportingTotal { get; init; } = Supporting.Count;

    public int ContradictingTotal { get; init; } = Contradicting.Count;

    public int RelatedTotal { get; init; } = Related.Count;

    public int UnannotatedTotal { get; init; } = Unannotated.Count;
}
