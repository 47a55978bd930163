using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Comparisons;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Synthesis.Summaries;

/// <summary>
/// Summarises the sources on a condition by outcome: how many sources, which designs, participants, best
/// level, directions and an overall certainty (see <see cref="CertaintyRule"/>); then the adverse events
/// reported across every source on the condition. Imported (unannotated) sources have no findings and
/// are never counted as evidence; drafts and partly verified sources are counted and flagged.
/// </summary>
public sealed class OutcomeSummaryBuilder(ConceptVocabulary vocabulary)
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
            .SelectMany(source => source.Findings.Select(finding => (Source: source, Finding: finding)))
            .Where(e => conditions.Contains(e.Finding.Condition))
            .Where(e => outcomes is null || outcomes.Contains(e.Finding.Outcome))
            .Where(e => interventions is null || e.Finding.Intervention is null || interventions.Contains(e.Finding.Intervention))
            .ToList();

        var byOutcome = evidence.GroupBy(e => e.Finding.Outcome)
            .Select(group => Outcome(group.Key, group.ToList()))
            .OrderBy(o => o.BestLevel).ThenByDescending(o => o.Sources).ThenBy(o => o.Outcome.Label, StringComparer.Ordinal)
            .ToList();

        var harms = onCondition
            .SelectMany(source => source.AdverseEvents.Select(adverse => (Source: source, Adverse: adverse)))
            .GroupBy(e => e.Adverse.Event)
            .Select(group => new AdverseEventEvidence(
                Ref(group.Key),
                group.Select(e => e.Source.Id).Distinct().Count(),
                group.Max(e => e.Adverse.Severity),
                Listing.First(group.OrderByDescending(e => e.Adverse.Severity).ThenBy(e => e.Source.Level.Level).ThenByDescending(e => e.Source.Year)
                    .Select(e => new AdverseEventReport(e.Source.Id, Cite.Format(e.Source, CitationStyle.Ama), e.Adverse.Frequency, e.Adverse.Severity, Cautions.For(e.Source)))),
                group.Count()))
            .OrderByDescending(a => a.Sources).ThenBy(a => a.Event.Label, StringComparer.Ordinal)
            .ToList();

        var used = evidence.Select(e => e.Source).Concat(onCondition.Where(s => s.AdverseEvents.Count > 0)).DistinctBy(s => s.Id);
        var flagged = used.Select(s => (s, caution: Cautions.For(s))).Where(p => p.caution is not null)
            .Select(p => new FlaggedSource(p.s.Id, p.s.Title, p.caution!)).OrderBy(f => f.SourceId, StringComparer.Ordinal).ToList();

        return new OutcomeSummary(Ref(conditionId), interventionId is null ? null : Ref(interventionId), byOutcome, harms, Listing.First(flagged), flagged.Count, CertaintyRule.Description);
    }

    private OutcomeEvidence Outcome(string outcomeId, List<(StudySummary Source, Finding Finding)> evidence)
    {
        var sources = evidence.Select(e => e.Source).DistinctBy(s => s.Id).ToList();
        var participants = Participants.Known(sources);
        var (certainty, reasons) = CertaintyRule.Assess(evidence);
        int Count(Direction direction) => evidence.Count(e => e.Finding.Direction == direction);
        return new OutcomeEvidence(
            Ref(outcomeId),
            sources.Count,
            [.. sources.GroupBy(s => s.Design).OrderBy(g => EvidenceLevel.DefaultFor(g.Key)).Select(g => new DesignCount(g.Key, Names<StudyDesign>.Label(g.Key), g.Count()))],
            participants.Total,
            participants.Sources,
            sources.Min(s => s.Level.Level),
            new DirectionCounts(Count(Direction.Improved), Count(Direction.NoDifference), Count(Direction.Worsened), Count(Direction.Mixed), Count(Direction.Unclear)),
            certainty,
            reasons,
            Listing.First(evidence.OrderBy(e => e.Source.Level.Level).ThenByDescending(e => e.Source.Year).Select(e => SourceFinding.From(e.Source, e.Finding, _comparisons))),
            evidence.Count);
    }

    private ConceptRef Ref(string id) => new(id, vocabulary.Find(id)?.Label ?? id);
}
