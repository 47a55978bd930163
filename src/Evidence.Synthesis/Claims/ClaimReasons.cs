using Evidence.Corpus.Model;
using static Evidence.Synthesis.Claims.ClaimWording;

namespace Evidence.Synthesis.Claims;

/// <summary>The reason a careful reader would give for a verdict, in plain words.</summary>
internal sealed class ClaimReasons(ClaimWording wording)
{
    public string For(ReadClaim claim, ClaimScope treatment, ClaimSides sides, Verdict verdict, Directness directness)
    {
        var noun = claim.Kind is AssertionKind.Harm or AssertionKind.AbsoluteSafety or AssertionKind.Safety ? "report" : "finding";
        var subject = treatment.Label.ToLowerInvariant();
        var reason = claim.Kind switch
        {
            AssertionKind.AbsoluteEfficacy => sides.Related.Count == 0
                ? "The claim is stated in absolute terms (for example \"cures\" or \"permanently\") and no annotated finding matches it."
                : $"The claim is stated in absolute terms (for example \"cures\" or \"permanently\"); no source reports that. {Summary(sides.Related, "related finding")} report {Directions(sides.Related)}, which does not support the claim as stated.",
            AssertionKind.Safety => SafetyReason(sides, subject),
            _ => verdict switch
            {
                Verdict.Supported => $"{Summary(sides.Supporting, noun)} {Verb(sides.Supporting, "supports", "support")} it, and none contradicts it.",
                Verdict.Contradicted => $"{Summary(sides.Contradicting, noun)} {Verb(sides.Contradicting, "goes", "go")} against it, and none supports it.",
                Verdict.Mixed when sides.Decides => $"{Count(sides.Supporting.Count, noun)} {Verb(sides.Supporting, "supports", "support")} it (best level {sides.Supporting.Min(e => e.Level)}) and {Count(sides.Contradicting.Count, noun)} {Verb(sides.Contradicting, "goes", "go")} against it (best level {sides.Contradicting.Min(e => e.Level)}).",
                Verdict.Mixed => $"The only matching findings report mixed results ({Summary(sides.Related, "finding")}).",
                _ => Insufficient(claim, treatment, sides),
            },
        };
        if (directness is Directness.IndirectOnly)
            reason = $"Only indirect evidence: no finding is on {subject} alone, only on combinations that add another treatment to it. " + reason;
        if (claim.Kind is AssertionKind.Harm && claim.Harm is { } harm && !harm.Is(Corpus.Vocabulary.ConceptKind.AdverseEvent))
            reason += $" The claim names {wording.Label(harm.Concept.Id)} as a harm; findings that {subject} treats it are about benefit and never decide a harm claim.";
        if (claim.Kind is AssertionKind.Harm && claim.Frequency is null && !claim.Negated && verdict is Verdict.Supported)
            reason += " Reports show that it can happen, not how often.";
        return reason;
    }

    private string Insufficient(ReadClaim claim, ClaimScope treatment, ClaimSides sides)
    {
        var subject = treatment.Label.ToLowerInvariant();
        var reason = claim.Kind switch
        {
            AssertionKind.Harm or AssertionKind.AbsoluteSafety =>
                $"No source reports {(claim.Harm is { } h ? wording.Label(h.Concept.Id) : "an adverse event")} as observed with {subject}.",
            AssertionKind.Comparative => $"No annotated finding compares {subject} with {wording.Label(claim.Comparator?.Concept.Id)}" + Scope(claim) + ".",
            _ => $"No annotated finding matches {subject}" + Scope(claim) + " against no treatment or before and after.",
        };
        if (sides.Related.Count > 0)
            reason += $" {Summary(sides.Related, noun: claim.Kind is AssertionKind.Harm or AssertionKind.AbsoluteSafety ? "related report" : "related finding")} cannot decide it (see each one's bearing).";
        return reason;
    }

    private string Scope(ReadClaim claim) =>
        (claim.Condition is { } c ? $" for {wording.Label(c.Concept.Id)}" : "") + (claim.Outcome is { } o ? $" on {wording.Label(o.Concept.Id)}" : "");

    private static string SafetyReason(ClaimSides sides, string subject)
    {
        var observed = sides.Related.Where(e => e.Observed is true || e.Kind is EvidenceKind.HarmResult && e.Direction is Direction.Worsened).ToList();
        if (observed.Count == 0) return $"\"Safe\" weighs harms against benefits; the library has no observed adverse event for {subject}, which does not show that it is safe.";
        var severe = observed.Count(e => e.Severity is Severity.Severe);
        return $"\"Safe\" weighs harms against benefits, which counting reports cannot decide. The library has {Summary(observed, "observed adverse-event report")}"
            + (severe > 0 ? $", {severe} of them severe" : "") + ": read them, and say which harms and how often instead of \"safe\".";
    }

    private static string Verb(IReadOnlyCollection<ClaimItem> evidence, string one, string many) => evidence.Count == 1 ? one : many;

    private static string Directions(IEnumerable<ClaimItem> evidence) =>
        string.Join(", ", evidence.Where(e => e.Direction is not null).GroupBy(e => e.Direction!.Value).Select(g => $"{Names<Direction>.Label(g.Key).ToLowerInvariant()} ({g.Count()})"));
}
