using Evidence.Corpus.Facts;
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
internal sealed class FindingRules(ConceptVocabulary vocabulary, ClaimWording wording, ComparisonClassifier comparisons, ReadClaim claim, ClaimScope treatment, ClaimScope? comparator)
    : IClaimRules
{
    private readonly HashSet<string>? _conditions = claim.Condition is { } c ? vocabulary.SelfAndDescendants(c.Concept.Id).ToHashSet(StringComparer.Ordinal) : null;
    private readonly HashSet<string>? _outcomes = claim.Outcome is { } o ? vocabulary.SelfAndDescendants(o.Concept.Id).ToHashSet(StringComparer.Ordinal) : null;

    public ClaimSides Sort(IReadOnlyList<FactBlock> blocks)
    {
        var sides = new ClaimSides();
        for (var b = 0; b < blocks.Count; b++)
        {
            var (block, table) = (blocks[b], blocks[b].Table);
            var conditions = _conditions is null ? null : table.Mask(_conditions.Contains);
            var outcomes = _outcomes is null ? null : table.Mask(_outcomes.Contains);
            var harms = table.Mask(comparisons.IsHarm);
            var judged = new Dictionary<(int Treatment, int Comparator, Direction Direction), Judgement?>();
            for (var row = 0; row < table.Count; row++)
            {
                if (!block.IsLive(row) || !table.IsAnnotated(row)) continue;
                for (var f = table.FindingStart[row]; f < table.FindingStart[row + 1]; f++)
                {
                    if (conditions is not null && !conditions[table.FindingConditions[f]]) continue;
                    if (outcomes is not null && !outcomes[table.FindingOutcomes[f]]) continue;
                    if (outcomes is null && harms[table.FindingOutcomes[f]]) continue;
                    var key = (Treatment: table.Treatment(row, f), Comparator: table.FindingComparators[f], Direction: table.FindingDirections[f]);
                    if (!judged.TryGetValue(key, out var judgement))
                        judged[key] = judgement = key.Treatment == FactTable.None ? null : Judge(comparisons.Of(table.Concept(key.Treatment), table.Concept(key.Comparator)), key.Direction, bearing: false);
                    if (judgement is { } j)
                        sides.Add(j.Side, ClaimItem.OfFinding(block, b, row, f, harms[table.FindingOutcomes[f]] ? EvidenceKind.HarmResult : EvidenceKind.Finding, j.Indirect));
                }
            }
        }
        return sides;
    }

    public ClaimEvidence Evidence(FactBlock block, ClaimItem item)
    {
        var source = block.Record(item.Row);
        var finding = source.Findings[item.Item - block.Table.FindingStart[item.Row]];
        var comparison = comparisons.Of(finding, source);
        var judgement = Judge(comparison, finding.Direction, bearing: true)!.Value;
        return ClaimEvidence.FromFinding(source, finding, comparison, comparisons, judgement.Indirect, judgement.Bearing!);
    }

    /// <summary>Where a finding of this comparison and direction stands, and (when asked) why; null when it does not bear on the claim.</summary>
    private Judgement? Judge(Comparison comparison, Direction direction, bool bearing) =>
        comparator is null ? Alone(comparison, direction, bearing) : Versus(comparison, direction, bearing);

    /// <summary>A claim with no comparator: findings against no active treatment, or before and after.</summary>
    private Judgement? Alone(Comparison comparison, Direction direction, bool bearing)
    {
        var intervention = comparison.Intervention!.Id;
        if (!treatment.Contains(intervention)) return null;
        var indirect = treatment.IsIndirect(intervention);
        var against = comparison.Kind is ComparisonKind.ActiveComparator ? comparison.Comparator!.Id : null;
        if (against is not null)
        {
            var adds = vocabulary.Find(intervention)?.Adds ?? [];
            if (indirect && treatment.Direct.Contains(against))
                return new(Side.Neither, true, bearing
                    ? $"Compares the combination with {wording.Label(against)} alone: it measures what the added treatment adds, not {treatment.Label.ToLowerInvariant()}."
                    : null);
            // Combination versus its added treatment alone ("with minoxidil" versus minoxidil) isolates the claim's treatment, as an add-on.
            if (!(indirect && adds.Any(a => vocabulary.SelfAndDescendants(a).Contains(against))))
                return new(Side.Neither, indirect, bearing
                    ? $"Compares {wording.Label(intervention)} with another active treatment ({wording.Label(against)}): it does not say whether {treatment.Label.ToLowerInvariant()} works at all."
                    : null);
        }
        var side = claim.Kind switch
        {
            AssertionKind.AbsoluteEfficacy => Side.Neither,
            _ when direction is Direction.Mixed or Direction.Unclear => Side.Neither,
            AssertionKind.Benefit => direction is Direction.Improved ? Side.Supports : Side.Contradicts,
            AssertionKind.NoEffect when claim.Negated => direction is Direction.Improved ? Side.Contradicts : Side.Supports,
            AssertionKind.NoEffect => direction is Direction.NoDifference ? Side.Supports : Side.Contradicts,
            AssertionKind.Worse when claim.Negated => direction is Direction.Worsened ? Side.Contradicts : Side.Supports,
            AssertionKind.Worse => direction is Direction.Worsened ? Side.Supports : Side.Contradicts,
            _ => Side.Neither,
        };
        if (!bearing) return new(side, indirect, null);
        var found = Names<Direction>.Label(direction).ToLowerInvariant();
        var text = side switch
        {
            Side.Supports => $"Found {found}, as the claim says.",
            Side.Contradicts => $"Found {found}, against the claim.",
            _ when claim.Kind is AssertionKind.AbsoluteEfficacy => $"Found {found}; no finding reports a cure or a permanent effect.",
            _ => $"Found {found}: the result does not point one way.",
        };
        if (indirect) text += $" Indirect: {wording.Label(intervention)} is a combination, not {treatment.Label.ToLowerInvariant()} alone.";
        return new(side, indirect, text);
    }

    /// <summary>A comparative claim: findings of the treatment against the comparator, in either order.</summary>
    private Judgement? Versus(Comparison comparison, Direction found, bool bearing)
    {
        if (comparison.Comparator is not { Id: var fc }) return null;
        var intervention = comparison.Intervention!.Id;
        Direction direction;
        if (treatment.Contains(intervention) && comparator!.Contains(fc)) direction = found;
        else if (comparator!.Contains(intervention) && treatment.Contains(fc)) direction = Reverse(found);
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
        if (!bearing) return new(side, indirect, null);
        var relative = direction switch
        {
            Direction.Improved => "better than",
            Direction.Worsened => "worse than",
            Direction.NoDifference => "no different from",
            _ => "mixed against",
        };
        var text = $"{treatment.Label} was {relative} {comparator.Label.ToLowerInvariant()} here" + side switch
        {
            Side.Supports => ", as the claim says.",
            Side.Contradicts => ", against the claim.",
            _ => ".",
        };
        if (indirect) text += " Indirect: a combination treatment stands for one of the two.";
        return new(side, indirect, text);
    }

    private static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Improved => Direction.Worsened,
        Direction.Worsened => Direction.Improved,
        _ => direction,
    };
}
