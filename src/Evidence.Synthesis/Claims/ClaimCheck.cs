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
/// matching sources that have no annotated findings yet.
/// </summary>
public sealed record ClaimCheck(
    string Claim,
    RecognisedClaim Recognised,
    Verdict Verdict,
    string Reason,
    IReadOnlyList<SourceFinding> Supporting,
    IReadOnlyList<SourceFinding> Contradicting,
    IReadOnlyList<SourceFinding> Related,
    IReadOnlyList<UnannotatedSource> Unannotated);
