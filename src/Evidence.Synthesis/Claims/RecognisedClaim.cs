using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Claims;

/// <summary>A vocabulary concept found in the claim, and the words that named it.</summary>
public sealed record RecognisedConcept(string Id, string Label, string Matched);

/// <summary>
/// What the checker understood a claim to assert: the treatment, an optional comparator, the condition and
/// outcome, or the harm; the kind of assertion with its negation, hedges and frequency; and the words it did
/// not understand (shown, never silently dropped). <see cref="Direction"/> and <see cref="Absolute"/> are the
/// older, coarser reading kept for existing clients: the direction a supporting finding would point, and
/// whether the claim is stated in absolute terms.
/// </summary>
public sealed record RecognisedClaim(
    RecognisedConcept? Intervention,
    RecognisedConcept? Comparator,
    RecognisedConcept? Condition,
    RecognisedConcept? Outcome,
    Direction? Direction,
    bool Absolute)
{
    public AssertionKind Kind { get; init; } = AssertionKind.NotUnderstood;

    /// <summary>The harm a harm or safety claim is about; null for "side effects" in general.</summary>
    public RecognisedConcept? Harm { get; init; }

    /// <summary>For a comparative claim: better, as good as, the same as, or worse than the comparator.</summary>
    public ClaimedComparison? Comparison { get; init; }

    /// <summary>For a harm claim: "often", "common" or "rare", when the claim says how often.</summary>
    public ClaimedFrequency? Frequency { get; init; }

    /// <summary>The claim denies its assertion ("does not improve", "never causes").</summary>
    public bool Negated { get; init; }

    /// <summary>The claim is hedged ("may", "might", "can", "possibly"): the verdict is the same, the wording softer.</summary>
    public bool Hedged { get; init; }

    /// <summary>The words that decided the kind of assertion ("can cause", "as good as").</summary>
    public string? Cue { get; init; }

    /// <summary>Words the checker did not understand; the verdict does not take them into account.</summary>
    public IReadOnlyList<string> NotUnderstood { get; init; } = [];

    /// <summary>Further assertions in the same sentence ("safe and effective") that were not checked.</summary>
    public IReadOnlyList<string> AlsoAsserts { get; init; } = [];
}
