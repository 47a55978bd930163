using System.Text.RegularExpressions;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

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
internal sealed partial class HarmRules(ConceptVocabulary vocabulary, ClaimWording wording)
{
    public ClaimSides Sort(ReadClaim claim, ClaimScope treatment, IEnumerable<StudySummary> sources, FindingRules findings)
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
            foreach (var finding in source.Findings.Where(f => findings.IsHarmOutcome(f.Outcome) && (harms is null || harms.Contains(f.Outcome))))
            {
                var intervention = finding.Intervention ?? (source.Interventions.Count == 1 ? source.Interventions[0] : null);
                if (!treatment.Contains(intervention)) continue;
                var comparison = wording.Comparison(intervention!, finding.Comparator);
                var findingIndirect = treatment.IsIndirect(intervention!);
                var active = finding.Comparator is { } fc && !FindingRules.IsUntreatedControl(fc);
                (Side Side, string Bearing) weighed = active || finding.Direction is Direction.Mixed or Direction.Unclear
                    ? (Side.Neither, "A harm result that does not compare the treatment with no treatment, or does not point one way.")
                    : Weigh(claim, finding.Direction is Direction.Worsened, null);
                sides.Add(weighed.Side, ClaimEvidence.FromFinding(source, finding, true, finding.Direction, comparison, findingIndirect,
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
            AssertionKind.Harm when claim.Frequency is ClaimedFrequency.Common => !observed
                ? (Side.Contradicts, "Looked for and not seen: counts against \"common\".")
                : rate switch
                {
                    ClaimedFrequency.Common => (Side.Supports, "Reported as common or frequent."),
                    ClaimedFrequency.Rare => (Side.Contradicts, "Reported as rare or uncommon, against \"common\"."),
                    _ => (Side.Neither, "Observed, but the source does not say how often."),
                },
            AssertionKind.Harm when claim.Frequency is ClaimedFrequency.Rare => !observed
                ? (Side.Neither, "Looked for and not seen: consistent with rare, but says nothing of how rare.")
                : rate switch
                {
                    ClaimedFrequency.Rare => (Side.Supports, "Reported as rare or uncommon."),
                    ClaimedFrequency.Common => (Side.Contradicts, "Reported as common or frequent, against \"rare\"."),
                    _ => (Side.Neither, "Observed, but the source does not say how often."),
                },
            AssertionKind.Harm => observed
                ? (Side.Supports, "Observed: the treatment can be followed by this harm.")
                : (Side.Neither, "Looked for and not seen: neither supports nor contradicts \"can cause\"."),
            _ => (Side.Neither, observed ? "An observed adverse event, to weigh against the benefits." : "Looked for and not seen."),
        };
    }

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
