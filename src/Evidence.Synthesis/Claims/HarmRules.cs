using System.Text.RegularExpressions;
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
/// The 1% line is CIOMS Working Group III's "common" (1/100 or more), used when a source gives a rate and no word.
/// </summary>
internal sealed partial class HarmRules(ConceptVocabulary vocabulary, ComparisonClassifier comparisons)
{
    public ClaimSides Sort(ReadClaim claim, ClaimScope treatment, IEnumerable<StudySummary> sources)
    {
        var sides = new ClaimSides();
        var harms = claim.Harm is { } h ? Named(h) : null;
        var population = claim.Condition is { } c && claim.Kind is AssertionKind.Harm ? vocabulary.SelfAndDescendants(c.Concept.Id).ToHashSet(StringComparer.Ordinal) : null;
        foreach (var source in sources.Where(s => s.IsAnnotated && s.Interventions.Any(treatment.Contains)))
        {
            if (population is not null && !source.Conditions.Any(population.Contains)) continue;
            var indirect = !source.Interventions.Any(treatment.Direct.Contains);
            foreach (var report in source.AdverseEvents.Where(r => harms is null || harms.Contains(r.Event)))
            {
                var (side, bearing) = Weigh(claim, report.Observed, report.Frequency);
                if (indirect) bearing += $" Indirect: the source studied {treatment.Label.ToLowerInvariant()} only in combination.";
                sides.Add(side, ClaimEvidence.FromReport(source, report, indirect, bearing));
            }
            foreach (var finding in source.Findings.Where(f => comparisons.IsHarm(f.Outcome) && (harms is null || harms.Contains(f.Outcome))))
            {
                var comparison = comparisons.Of(finding, source);
                if (comparison.Intervention is not { Id: var intervention } || !treatment.Contains(intervention)) continue;
                var findingIndirect = treatment.IsIndirect(intervention);
                (Side Side, string Bearing) weighed = comparison.Kind is ComparisonKind.ActiveComparator || finding.Direction is Direction.Mixed or Direction.Unclear
                    ? (Side.Neither, "A harm result that does not compare the treatment with no treatment, or does not point one way.")
                    : Weigh(claim, finding.Direction is Direction.Worsened, null);
                sides.Add(weighed.Side, ClaimEvidence.FromFinding(source, finding, comparison, comparisons, findingIndirect,
                    $"A harm result (worsened = more of the harm). {weighed.Bearing}"));
            }
        }
        return sides;
    }

    /// <summary>
    /// The harm and every harm below it, and the adverse events whose names contain the claim's words for it: "scarring"
    /// includes "tram-track scarring", "breakouts" includes "breakout after treatment" (a named harm includes its named kinds).
    /// </summary>
    private HashSet<string> Named(ConceptSpan harm)
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

    private static (Side, string) Weigh(ReadClaim claim, bool observed, string? frequency)
    {
        var rate = Rate(frequency);
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

    /// <summary>How often the source's own words say the event happens: words first, then a rate (n of N, or a percentage).</summary>
    internal static ClaimedFrequency? Rate(string? frequency)
    {
        if (string.IsNullOrWhiteSpace(frequency)) return null;
        var text = frequency.ToLowerInvariant();
        if (RareWords().IsMatch(text)) return ClaimedFrequency.Rare;
        if (CommonWords().IsMatch(text)) return ClaimedFrequency.Common;
        var fraction = Fraction().Match(text);
        double? share = fraction.Success && double.Parse(fraction.Groups[2].Value) > 0
            ? double.Parse(fraction.Groups[1].Value) / double.Parse(fraction.Groups[2].Value)
            : Percent().Match(text) is { Success: true } p ? double.Parse(p.Groups[1].Value) / 100 : null;
        return share switch
        {
            null => null,
            >= 0.01 => ClaimedFrequency.Common,
            _ => ClaimedFrequency.Rare,
        };
    }

    [GeneratedRegex(@"\b(rare|rarely|isolated|infrequent|infrequently|uncommon|occasional|occasionally|few)\b")]
    private static partial Regex RareWords();

    [GeneratedRegex(@"\b(common|commonly|frequent|frequently|often|most)\b")]
    private static partial Regex CommonWords();

    [GeneratedRegex(@"\b(\d+)\s*(?:of|/|out of|in)\s*(\d+)\b")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Percent();
}
