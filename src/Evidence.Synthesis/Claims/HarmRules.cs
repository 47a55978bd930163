using Evidence.Corpus.Facts;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Comparisons;

namespace Evidence.Synthesis.Claims;

/// <summary>
/// Harm, absolute safety and safety claims, decided by adverse-event reports and by harm results (findings whose
/// outcome is a harm, read as the direction of the harm) only: a finding of benefit never decides them.
/// <list type="bullet">
/// <item>"can cause X": a report that X occurred supports it; X looked for and not seen neither supports nor contradicts.</item>
/// <item>"X is common": reports that say common or frequent (or give a rate of 1% or more) support it; rare, or not seen, count against.</item>
/// <item>"X is rare": reports that say rare (or give a rate under 1%) support it; common counts against.</item>
/// <item>"does not cause X", "no side effects", "completely safe": any observed report contradicts; "not seen" cannot prove absence.</item>
/// <item>"is safe": a judgement of harms against benefits; the reports are shown, no verdict is drawn.</item>
/// </list>
/// How often a report says is <see cref="ReportedFrequency"/>'s reading of its words (CIOMS Working Group III's 1% line for a rate).
/// </summary>
internal sealed class HarmRules(ConceptVocabulary vocabulary, ComparisonClassifier comparisons, ReadClaim claim, ClaimScope treatment) : IClaimRules
{
    private readonly HashSet<string>? _harms = claim.Harm is { } h ? Named(vocabulary, h) : null;
    private readonly HashSet<string>? _population = claim.Condition is { } c && claim.Kind is AssertionKind.Harm
        ? vocabulary.SelfAndDescendants(c.Concept.Id).ToHashSet(StringComparer.Ordinal)
        : null;

    public ClaimSides Sort(IReadOnlyList<FactBlock> blocks)
    {
        var sides = new ClaimSides();
        for (var b = 0; b < blocks.Count; b++)
        {
            var (block, table) = (blocks[b], blocks[b].Table);
            var treated = table.Mask(treatment.Contains);
            var direct = table.Mask(treatment.Direct.Contains);
            var population = _population is null ? null : table.Mask(_population.Contains);
            var named = _harms is null ? null : table.Mask(_harms.Contains);
            var harms = table.Mask(comparisons.IsHarm);
            for (var row = 0; row < table.Count; row++)
            {
                if (!block.IsLive(row) || !table.IsAnnotated(row)) continue;
                var (from, to) = (table.InterventionStart[row], table.InterventionStart[row + 1]);
                if (!FactTable.Any(table.Interventions, from, to, treated)) continue;
                if (population is not null && !FactTable.Any(table.Conditions, table.ConditionStart[row], table.ConditionStart[row + 1], population)) continue;
                var indirect = !FactTable.Any(table.Interventions, from, to, direct);
                for (var a = table.AdverseStart[row]; a < table.AdverseStart[row + 1]; a++)
                {
                    if (named is not null && !named[table.AdverseEvents[a]]) continue;
                    sides.Add(Weigh(table.AdverseObserved[a], table.AdverseFrequencies[a]).Side, ClaimItem.OfReport(block, b, row, a, indirect));
                }
                for (var f = table.FindingStart[row]; f < table.FindingStart[row + 1]; f++)
                {
                    var outcome = table.FindingOutcomes[f];
                    if (!harms[outcome] || named is not null && !named[outcome]) continue;
                    var judgement = Judge(comparisons.Of(table.Concept(table.Treatment(row, f)), table.Concept(table.FindingComparators[f])), table.FindingDirections[f], bearing: false);
                    if (judgement is { } j) sides.Add(j.Side, ClaimItem.OfFinding(block, b, row, f, EvidenceKind.HarmResult, j.Indirect));
                }
            }
        }
        return sides;
    }

    public ClaimEvidence Evidence(FactBlock block, ClaimItem item)
    {
        var source = block.Record(item.Row);
        if (item.Kind is EvidenceKind.AdverseEventReport)
        {
            var report = source.AdverseEvents[item.Item - block.Table.AdverseStart[item.Row]];
            var bearing = Weigh(report.Observed, ReportedFrequency.Of(report.Frequency)).Bearing;
            if (item.Indirect) bearing += $" Indirect: the source studied {treatment.Label.ToLowerInvariant()} only in combination.";
            return ClaimEvidence.FromReport(source, report, item.Indirect, bearing);
        }
        var finding = source.Findings[item.Item - block.Table.FindingStart[item.Row]];
        var comparison = comparisons.Of(finding, source);
        var judgement = Judge(comparison, finding.Direction, bearing: true)!.Value;
        return ClaimEvidence.FromFinding(source, finding, comparison, comparisons, judgement.Indirect, judgement.Bearing!);
    }

    /// <summary>A harm result of the treatment: weighed as a report when it compares with no treatment and points one way.</summary>
    private Judgement? Judge(Comparison comparison, Direction direction, bool bearing)
    {
        if (comparison.Intervention is not { Id: var intervention } || !treatment.Contains(intervention)) return null;
        var (side, why) = comparison.Kind is ComparisonKind.ActiveComparator || direction is Direction.Mixed or Direction.Unclear
            ? (Side.Neither, "A harm result that does not compare the treatment with no treatment, or does not point one way.")
            : Weigh(direction is Direction.Worsened, FrequencyClass.Unstated);
        return new(side, treatment.IsIndirect(intervention), bearing ? $"A harm result (worsened = more of the harm). {why}" : null);
    }

    /// <summary>
    /// The harm and every harm below it, and the adverse events whose names contain the claim's words for it: "scarring"
    /// includes "tram-track scarring", "breakouts" includes "breakout after treatment" (a named harm includes its named kinds).
    /// </summary>
    private static HashSet<string> Named(ConceptVocabulary vocabulary, ConceptSpan harm)
    {
        var named = ClaimText.Words(harm.Matched);
        var harms = vocabulary.SelfAndDescendants(harm.Concept.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var concept in vocabulary.Concepts.Where(c => c.Kinds.Contains(ConceptKind.AdverseEvent)))
        {
            if (concept.AllTerms.Select(ClaimText.Words).Any(term => Contains(term, named)))
                harms.UnionWith(vocabulary.SelfAndDescendants(concept.Id));
        }
        return harms;
    }

    private static bool Contains(string[] term, string[] words) =>
        words.Length > 0 && term.Length >= words.Length && Enumerable.Range(0, term.Length - words.Length + 1).Any(i => term.AsSpan(i, words.Length).SequenceEqual(words));

    private (Side Side, string Bearing) Weigh(bool observed, FrequencyClass stated)
    {
        ClaimedFrequency? rate = stated switch
        {
            FrequencyClass.Rare => ClaimedFrequency.Rare,
            FrequencyClass.Common => ClaimedFrequency.Common,
            _ => null,
        };
        return claim.Kind switch
        {
            AssertionKind.AbsoluteSafety => observed
                ? (Side.Contradicts, "An adverse event was observed; any observed adverse event contradicts \"no side effects\".")
                : (Side.Neither, "Looked for and not seen: absence in a study does not show that it never happens."),
            AssertionKind.Harm when claim.Negated => observed
                ? (Side.Contradicts, "Observed, against a claim that it does not happen.")
                : (Side.Neither, "Looked for and not seen: absence in a study does not show that it never happens."),
            // Not seen counts against "common" and is merely consistent with "rare"; a stated rate decides either way.
            AssertionKind.Harm when claim.Frequency is { } claimed => (observed, rate) switch
            {
                (false, _) when claimed is ClaimedFrequency.Common => (Side.Contradicts, "Looked for and not seen: counts against \"common\"."),
                (false, _) => (Side.Neither, "Looked for and not seen: consistent with rare, but says nothing of how rare."),
                (true, null) => (Side.Neither, "Observed, but the source does not say how often."),
                (true, { } reported) when reported == claimed => (Side.Supports, $"Reported as {Said(reported)}."),
                (true, { } reported) => (Side.Contradicts, $"Reported as {Said(reported)}, against \"{Names<ClaimedFrequency>.Id(claimed)}\"."),
            },
            AssertionKind.Harm => observed
                ? (Side.Supports, "Observed: the treatment can be followed by this harm.")
                : (Side.Neither, "Looked for and not seen: neither supports nor contradicts \"can cause\"."),
            _ => (Side.Neither, observed ? "An observed adverse event, to weigh against the benefits." : "Looked for and not seen."),
        };
    }

    private static string Said(ClaimedFrequency frequency) => frequency is ClaimedFrequency.Common ? "common or frequent" : "rare or uncommon";
}
