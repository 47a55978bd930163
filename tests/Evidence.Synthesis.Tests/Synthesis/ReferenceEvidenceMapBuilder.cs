using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Map;
using Evidence.Synthesis.Summaries;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>The evidence map as it was first written, record by record with LINQ: the oracle <see cref="FactSummaryEquivalenceTests"/> checks <see cref="EvidenceMapBuilder"/> against.</summary>
public sealed class ReferenceEvidenceMapBuilder(ConceptVocabulary vocabulary)
{
    private readonly ComparisonClassifier _comparisons = new(vocabulary);

    /// <summary>
    /// One cell per condition and outcome that some finding reports, with its findings grouped by comparison
    /// (<see cref="ComparisonClassifier"/>, as in a Cochrane summary-of-findings table): per comparison the distinct
    /// sources, best level and prevailing direction (the most frequent; a tie between directions is mixed).
    /// </summary>
    /// <param name="interventionId">Only findings whose treatment is this one or below it.</param>
    /// <param name="conditionId">Only findings on this condition or one below it.</param>
    public EvidenceMap Build(IEnumerable<StudySummary> sources, string? interventionId = null, string? conditionId = null)
    {
        var interventions = interventionId is null ? null : vocabulary.SelfAndDescendants(interventionId).ToHashSet(StringComparer.Ordinal);
        var conditions = conditionId is null ? null : vocabulary.SelfAndDescendants(conditionId).ToHashSet(StringComparer.Ordinal);
        var cells = sources
            .SelectMany(source => source.Findings.Select(finding => (Source: source, Finding: finding, Comparison: _comparisons.Of(finding, source))))
            .Where(e => interventions is null || e.Comparison.Intervention is { } i && interventions.Contains(i.Id))
            .Where(e => conditions is null || conditions.Contains(e.Finding.Condition))
            .GroupBy(e => (e.Finding.Condition, e.Finding.Outcome))
            .Select(cell =>
            {
                var outcome = _comparisons.Ref(cell.Key.Outcome);
                var harm = _comparisons.IsHarm(cell.Key.Outcome);
                var comparisons = cell.GroupBy(e => e.Comparison.Key)
                    .Select(group =>
                    {
                        var comparison = group.First().Comparison;
                        var direction = Prevailing(group.Select(e => e.Finding.Direction));
                        return new MapComparison(comparison.Key, comparison.Label, comparison.Kind, group.Select(e => e.Source.Id).Distinct().Count(),
                            group.Min(e => e.Source.Level.Level), direction, comparison.Reading(direction, outcome, harm));
                    })
                    .OrderByDescending(c => c.Sources).ThenBy(c => c.BestLevel).ThenBy(c => c.Label, StringComparer.Ordinal)
                    .ToList();
                return new MapCell(cell.Key.Condition, cell.Key.Outcome,
                    cell.Select(e => e.Source.Id).Distinct().Count(),
                    cell.Min(e => e.Source.Level.Level),
                    comparisons.Count == 1 ? comparisons[0].Direction : null,
                    comparisons);
            })
            .OrderBy(c => c.Condition, StringComparer.Ordinal).ThenBy(c => c.Outcome, StringComparer.Ordinal)
            .ToList();
        return new EvidenceMap(Axis(cells.Select(c => c.Condition)), Axis(cells.Select(c => c.Outcome)), cells);
    }

    private static Direction Prevailing(IEnumerable<Direction> directions)
    {
        var counts = directions.Where(d => d != Direction.Unclear).GroupBy(d => d).OrderByDescending(g => g.Count()).ToList();
        if (counts.Count == 0) return Direction.Unclear;
        return counts.Count > 1 && counts[0].Count() == counts[1].Count() ? Direction.Mixed : counts[0].Key;
    }

    private List<ConceptRef> Axis(IEnumerable<string> ids) =>
        [.. ids.Distinct(StringComparer.Ordinal).Select(_comparisons.Ref).OrderBy(c => c.Label, StringComparer.Ordinal)];
}
