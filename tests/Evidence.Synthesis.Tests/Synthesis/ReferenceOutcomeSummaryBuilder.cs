using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Summaries;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>
/// The outcome summary as it was first written, record by record with LINQ (every matching record decoded and walked
/// per request): the oracle <see cref="FactSummaryEquivalenceTests"/> checks <see cref="OutcomeSummaryBuilder"/>, which
/// counts from fact tables, against.
/// </summary>
public sealed class ReferenceOutcomeSummaryBuilder(ConceptVocabulary vocabulary)
{
    private readonly ComparisonClassifier _comparisons = new(vocabulary);

    public OutcomeSummary Build(IReadOnlyList<StudySummary> sources, string conditionId, IReadOnlyCollection<string>? outcomeIds = null, string? interventionId = null)
    {
        var conditions = vocabulary.SelfAndDescendants(conditionId).ToHashSet(StringComparer.Ordinal);
        var interventions = interventionId is null ? null : vocabulary.SelfAndDescendants(interventionId).ToHashSet(StringComparer.Ordinal);
        var outcomes = outcomeIds?.ToHashSet(StringComparer.Ordinal);

        var onCondition = sources.Where(s => s.Conditions.Any(conditions.Contains) || s.Findings.Any(f => conditions.Contains(f.Condition)))
            .Where(s => interventions is null || s.Interventions.Any(interventions.Contains) || s.Findings.Any(f => f.Intervention is not null && interventions.Contains(f.Intervention)))
            .ToList();
        var evidence = onCondition
            .SelectMany(source => source.Findings.Select(finding => new ComparedFinding(source, finding, _comparisons.Of(finding, source))))
            .Where(e => conditions.Contains(e.Finding.Condition))
            .Where(e => outcomes is null || outcomes.Contains(e.Finding.Outcome))
            .Select(e => (Evidence: e, Fit: interventionId is null ? null : _comparisons.Fit(e.Comparison, interventionId)))
            .Where(e => interventionId is null || e.Fit is not null)
            .ToList();

        var byOutcome = evidence.GroupBy(e => e.Evidence.Finding.Outcome)
            .Select(group => Outcome(group.Key, group.ToList()))
            .OrderBy(o => o.Harm).ThenBy(o => o.Comparisons.Min(c => c.BestLevel)).ThenByDescending(o => o.Sources).ThenBy(o => o.Outcome.Label, StringComparer.Ordinal)
            .ToList();

        var harms = onCondition
            .SelectMany(source => source.AdverseEvents.Select(adverse => (Source: source, Adverse: adverse)))
            .GroupBy(e => e.Adverse.Event)
            .Select(group => Harm(group.Key, group.ToList()))
            .OrderByDescending(a => a.Sources).ThenByDescending(a => a.NotSeenTotal).ThenBy(a => a.Event.Label, StringComparer.Ordinal)
            .ToList();

        var used = evidence.Select(e => e.Evidence.Source).Concat(onCondition.Where(s => s.AdverseEvents.Count > 0)).DistinctBy(s => s.Id);
        var flagged = used.Select(s => (s, caution: Cautions.For(s))).Where(p => p.caution is not null)
            .Select(p => new FlaggedSource(p.s.Id, p.s.Title, p.caution!)).OrderBy(f => f.SourceId, StringComparer.Ordinal).ToList();

        return new OutcomeSummary(Ref(conditionId), interventionId is null ? null : Ref(interventionId), byOutcome, harms, Listing.First(flagged), flagged.Count, CertaintyRule.Description);
    }

    private OutcomeEvidence Outcome(string outcomeId, List<(ComparedFinding Evidence, QuestionFit? Fit)> evidence)
    {
        var outcome = Ref(outcomeId);
        var harm = _comparisons.IsHarm(outcomeId);
        var comparisons = evidence.GroupBy(e => e.Evidence.Comparison.Key, StringComparer.Ordinal)
            .Select(group => Comparison([.. group.Select(e => e.Evidence)], group.First().Fit, outcome, harm))
            .OrderBy(c => c.Fit?.Directness ?? Directness.Direct).ThenBy(c => c.BestLevel).ThenByDescending(c => c.Sources)
            .ThenBy(c => c.Comparison.Label, StringComparer.Ordinal)
            .ToList();
        return new OutcomeEvidence(outcome, harm,
            evidence.Select(e => e.Evidence.Source.Id).Distinct(StringComparer.Ordinal).Count(), comparisons, evidence.Count);
    }

    private ComparisonEvidence Comparison(List<ComparedFinding> evidence, QuestionFit? fit, ConceptRef outcome, bool harm)
    {
        var comparison = evidence[0].Comparison;
        var sources = evidence.Select(e => e.Source).DistinctBy(s => s.Id).ToList();
        var participants = Participants.Known(sources);
        var (certainty, reasons) = CertaintyRule.Assess(evidence, fit);
        return new ComparisonEvidence(
            comparison,
            fit,
            sources.Count,
            [.. sources.GroupBy(s => s.Design).OrderBy(g => EvidenceLevel.DefaultFor(g.Key)).Select(g => new DesignCount(g.Key, Names<StudyDesign>.Label(g.Key), g.Count()))],
            participants.Total,
            participants.Sources,
            sources.Min(s => s.Level.Level),
            [.. evidence.GroupBy(e => e.Finding.Direction).OrderBy(g => g.Key).Select(g => new DirectionTally(g.Key, comparison.Reading(g.Key, outcome, harm), g.Count()))],
            certainty,
            reasons,
            Listing.First(evidence.OrderBy(e => e.Source.Level.Level).ThenByDescending(e => e.Source.Year).Select(e => SourceFinding.From(e.Source, e.Finding, _comparisons))),
            evidence.Count);
    }

    private AdverseEventEvidence Harm(string eventId, List<(StudySummary Source, AdverseEvent Adverse)> entries)
    {
        var seen = entries.Where(e => e.Adverse.Observed).ToList();
        var notSeen = entries.Where(e => !e.Adverse.Observed).ToList();
        return new AdverseEventEvidence(
            Ref(eventId),
            seen.Select(e => e.Source.Id).Distinct(StringComparer.Ordinal).Count(),
            seen.Count == 0 ? Severity.NotReported : seen.Max(e => e.Adverse.Severity),
            Reports(seen), seen.Count,
            Reports(notSeen), notSeen.Count);
    }

    private static IReadOnlyList<AdverseEventReport> Reports(IEnumerable<(StudySummary Source, AdverseEvent Adverse)> entries) =>
        Listing.First(entries.OrderByDescending(e => e.Adverse.Severity).ThenBy(e => e.Source.Level.Level).ThenByDescending(e => e.Source.Year)
            .Select(e => new AdverseEventReport(e.Source.Id, Cite.Format(e.Source, CitationStyle.Ama), e.Adverse.Frequency, e.Adverse.Severity, Cautions.For(e.Source))));

    private ConceptRef Ref(string id) => new(id, vocabulary.Find(id)?.Label ?? id);
}
