using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Comparisons;

namespace Evidence.Synthesis.Claims;

/// <summary>
/// Benefit, no effect, worse, absolute efficacy and comparative claims, decided by findings; findings on a harm
/// outcome are left to <see cref="HarmRules"/> unless the claim names that outcome. Comparisons are kept apart as
/// in a Cochrane summary-of-findings table (Handbook ch. 14): a claim without a comparator reads findings against no
/// treatment or before/after; a comparative claim reads only findings of the two treatments against each other.
/// What a finding compares, what is a control and what is a harm outcome are <see cref="ComparisonClassifier"/>'s
/// rules, the same the outcome summaries use.
/// </summary>
internal sealed class FindingRules(ConceptVocabulary vocabulary, ClaimWording wording, ComparisonClassifier comparisons)
{
    public ClaimSides Sort(ReadClaim claim, ClaimScope treatment, ClaimScope? comparator, IEnumerable<StudySummary> sources)
    {
        var sides = new ClaimSides();
        var conditions = claim.Condition is { } c ? vocabulary.SelfAndDescendants(c.Concept.Id).ToHashSet(StringComparer.Ordinal) : null;
        var outcomes = claim.Outcome is { } o ? vocabulary.SelfAndDescendants(o.Concept.Id).ToHashSet(StringComparer.Ordinal) : null;
        foreach (var source in sources.Where(s => s.IsAnnotated))
        {
            foreach (var finding in source.Findings)
            {
                if (conditions is not null && !conditions.Contains(finding.Condition)) continue;
                if (outcomes is not null && !outcomes.Contains(finding.Outcome)) continue;
                if (outcomes is null && comparisons.IsHarm(finding.Outcome)) continue;
                var comparison = comparisons.Of(finding, source);
                if (comparison.Intervention is null) continue;
                var evidence = comparator is null ? Alone(claim, treatment, source, finding, comparison) : Versus(claim, treatment, comparator, source, finding, comparison);
                if (evidence is { } e) sides.Add(e.Side, e.Evidence);
            }
        }
        return sides;
    }

    /// <summary>A claim with no comparator: findings against no active treatment, or before and after.</summary>
    private (Side Side, ClaimEvidence Evidence)? Alone(ReadClaim claim, ClaimScope treatment, StudySummary source, Finding finding, Comparison comparison)
    {
        var intervention = comparison.Intervention!.Id;
        if (!treatment.Contains(intervention)) return null;
        var indirect = treatment.IsIndirect(intervention);
        var comparator = comparison.Kind is ComparisonKind.ActiveComparator ? comparison.Comparator!.Id : null;
        if (comparator is not null)
        {
            var adds = vocabulary.Find(intervention)?.Adds ?? [];
            if (indirect && treatment.Direct.Contains(comparator))
                return (Side.Neither, ClaimEvidence.FromFinding(source, finding, comparison, comparisons, true,
                    $"Compares the combination with {wording.Label(comparator)} alone: it measures what the added treatment adds, not {treatment.Label.ToLowerInvariant()}."));
            // Combination versus its added treatment alone ("with minoxidil" versus minoxidil) isolates the claim's treatment, as an add-on.
            if (!(indirect && adds.Any(a => vocabulary.SelfAndDescendants(a).Contains(comparator))))
                return (Side.Neither, ClaimEvidence.FromFinding(source, finding, comparison, comparisons, indirect,
                    $"Compares {wording.Label(intervention)} with another active treatment ({wording.Label(comparator)}): it does not say whether {treatment.Label.ToLowerInvariant()} works at all."));
        }
        var side = claim.Kind switch
        {
            AssertionKind.AbsoluteEfficacy => Side.Neither,
            _ when finding.Direction is Direction.Mixed or Direction.Unclear => Side.Neither,
            AssertionKind.Benefit => finding.Direction is Direction.Improved ? Side.Supports : Side.Contradicts,
            AssertionKind.NoEffect when claim.Negated => finding.Direction is Direction.Improved ? Side.Contradicts : Side.Supports,
            AssertionKind.NoEffect => finding.Direction is Direction.NoDifference ? Side.Supports : Side.Contradicts,
            AssertionKind.Worse when claim.Negated => finding.Direction is Direction.Worsened ? Side.Contradicts : Side.Supports,
            AssertionKind.Worse => finding.Direction is Direction.Worsened ? Side.Supports : Side.Contradicts,
            _ => Side.Neither,
        };
        var bearing = side switch
        {
            Side.Supports => $"Found {Names<Direction>.Label(finding.Direction).ToLowerInvariant()}, as the claim says.",
            Side.Contradicts => $"Found {Names<Direction>.Label(finding.Direction).ToLowerInvariant()}, against the claim.",
            _ when claim.Kind is AssertionKind.AbsoluteEfficacy => $"Found {Names<Direction>.Label(finding.Direction).ToLowerInvariant()}; no finding reports a cure or a permanent effect.",
            _ => $"Found {Names<Direction>.Label(finding.Direction).ToLowerInvariant()}: the result does not point one way.",
        };
        if (indirect) bearing += $" Indirect: {wording.Label(intervention)} is a combination, not {treatment.Label.ToLowerInvariant()} alone.";
        return (side, ClaimEvidence.FromFinding(source, finding, comparison, comparisons, indirect, bearing));
    }

    /// <summary>A comparative claim: findings of the treatment against the comparator, in either order.</summary>
    private (Side Side, ClaimEvidence Evidence)? Versus(ReadClaim claim, ClaimScope treatment, ClaimScope comparator, StudySummary source, Finding finding, Comparison comparison)
    {
        if (comparison.Comparator is not { Id: var fc }) return null;
        var intervention = comparison.Intervention!.Id;
        Direction direction;
        if (treatment.Contains(intervention) && comparator.Contains(fc)) direction = finding.Direction;
        else if (comparator.Contains(intervention) && treatment.Contains(fc)) direction = Reverse(finding.Direction);
        else return null;
        var indirect = treatment.Contains(intervention) ? treatment.IsIndirect(intervention) || comparator.IsIndirect(fc) : comparator.IsIndirect(intervention) || treatment.IsIndirect(fc);
        var side = (claim.Comparison, direction) switch
        {
            (_, Direction.Mixed or Direction.Unclear) => Side.Neither,
            (ClaimedComparison.Better, Direction.Improved) => Side.Supports,
            (ClaimedComparison.AsGoodAs, Direction.Improved or Direction.NoDifference) => Side.Supports,
            (ClaimedComparison.Same, Direction.NoDifference) => Side.Supports,
            (ClaimedComparison.Worse, Direction.Worsened) => Side.Supports,
            _ => Side.Contradicts,
        };
        var relative = direction switch
        {
            Direction.Improved => "better than",
            Direction.Worsened => "worse than",
            Direction.NoDifference => "no different from",
            _ => "mixed against",
        };
        var bearing = $"{treatment.Label} was {relative} {comparator.Label.ToLowerInvariant()} here" + side switch
        {
            Side.Supports => ", as the claim says.",
            Side.Contradicts => ", against the claim.",
            _ => ".",
        };
        if (indirect) bearing += " Indirect: a combination treatment stands for one of the two.";
        return (side, ClaimEvidence.FromFinding(source, finding, comparison, comparisons, indirect, bearing));
    }

    private static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Improved => Direction.Worsened,
        Direction.Worsened => Direction.Improved,
        _ => direction,
    };
}
