using Evidence.Corpus.Facts;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Summaries;

namespace Evidence.Synthesis.Map;

/// <summary>
/// The findings of one cell that share a comparison: distinct sources, best level, the prevailing direction and that
/// direction in words that name the comparison ("Microneedling: better than no active treatment").
/// </summary>
public sealed record MapComparison(string Key, string Label, ComparisonKind Kind, int Sources, int BestLevel, Direction Direction, string Reading);

/// <summary>
/// A condition × outcome pair with evidence. <see cref="Direction"/> is the direction of its one comparison, or null
/// when its findings compare different things: directions of different comparisons are never pooled, each is in
/// <see cref="Comparisons"/>.
/// </summary>
public sealed record MapCell(string Condition, string Outcome, int Sources, int BestLevel, Direction? Direction, IReadOnlyList<MapComparison> Comparisons);

/// <summary>Conditions × outcomes with evidence. A pair without a cell is a gap in the evidence.</summary>
public sealed record EvidenceMap(IReadOnlyList<ConceptRef> Conditions, IReadOnlyList<ConceptRef> Outcomes, IReadOnlyList<MapCell> Cells)
{
    /// <summary>Whether the library covers the requested treatment and condition (<see cref="Synthesis.Coverage"/>).</summary>
    public Coverage Coverage { get; init; } = Coverage.Full;
}

public sealed class EvidenceMapBuilder(ConceptVocabulary vocabulary)
{
    private readonly ComparisonClassifier _comparisons = new(vocabulary);

    /// <summary>
    /// One cell per condition and outcome that some finding reports, with its findings grouped by comparison
    /// (<see cref="ComparisonClassifier"/>, as in a Cochrane summary-of-findings table): per comparison the distinct
    /// sources, best level and prevailing direction (the most frequent; a tie between directions is mixed).
    /// </summary>
    /// <param name="interventionId">Only findings whose treatment is this one or below it.</param>
    /// <param name="conditionId">Only findings on this condition or one below it.</param>
    public EvidenceMap Build(IEnumerable<StudySummary> sources, string? interventionId = null, string? conditionId = null) =>
        Build([FactBlock.Of([.. sources])], interventionId, conditionId);

    /// <summary>The map counted from fact tables in one pass over their live rows (no record is read).</summary>
    public EvidenceMap Build(IReadOnlyList<FactBlock> blocks, string? interventionId = null, string? conditionId = null)
    {
        var interventions = interventionId is null ? null : vocabulary.SelfAndDescendants(interventionId).ToHashSet(StringComparer.Ordinal);
        var conditions = conditionId is null ? null : vocabulary.SelfAndDescendants(conditionId).ToHashSet(StringComparer.Ordinal);
        var cells = new Dictionary<(string Condition, string Outcome), CellTally>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var table = block.Table;
            var inConditions = conditions is null ? null : table.Concepts.Select(conditions.Contains).ToArray();
            var comparisons = new Dictionary<(int Intervention, int Comparator), Comparison?>();
            for (var row = 0; row < table.Count; row++)
            {
                if (!block.IsLive(row)) continue;
                var source = DistinctRows.Key(b, row);
                for (var f = table.FindingStart[row]; f < table.FindingStart[row + 1]; f++)
                {
                    if (inConditions is not null && !inConditions[table.FindingConditions[f]]) continue;
                    var key = (table.Treatment(row, f), table.FindingComparators[f]);
                    if (!comparisons.TryGetValue(key, out var comparison))
                    {
                        comparison = _comparisons.Of(table.Concept(key.Item1), table.Concept(key.Item2));
                        if (interventions is not null && !(comparison.Intervention is { } i && interventions.Contains(i.Id))) comparison = null;
                        comparisons[key] = comparison;
                    }
                    if (comparison is null) continue;
                    var cellKey = (table.Concepts[table.FindingConditions[f]], table.Concepts[table.FindingOutcomes[f]]);
                    if (!cells.TryGetValue(cellKey, out var cell)) cells[cellKey] = cell = new CellTally();
                    cell.Add(source, comparison, table.Levels[row], table.FindingDirections[f]);
                }
            }
        }
        var built = cells.Select(pair =>
            {
                var outcome = _comparisons.Ref(pair.Key.Outcome);
                var harm = _comparisons.IsHarm(pair.Key.Outcome);
                var comparisons = pair.Value.Comparisons.Values
                    .Select(c =>
                    {
                        var direction = Prevailing(c.Directions);
                        return new MapComparison(c.Comparison.Key, c.Comparison.Label, c.Comparison.Kind, c.Sources.Count, c.BestLevel, direction, c.Comparison.Reading(direction, outcome, harm));
                    })
                    .OrderByDescending(c => c.Sources).ThenBy(c => c.BestLevel).ThenBy(c => c.Label, StringComparer.Ordinal)
                    .ToList();
                return new MapCell(pair.Key.Condition, pair.Key.Outcome, pair.Value.Sources.Count, pair.Value.BestLevel,
                    comparisons.Count == 1 ? comparisons[0].Direction : null, comparisons);
            })
            .OrderBy(c => c.Condition, StringComparer.Ordinal).ThenBy(c => c.Outcome, StringComparer.Ordinal)
            .ToList();
        return new EvidenceMap(Axis(built.Select(c => c.Condition)), Axis(built.Select(c => c.Outcome)), built);
    }

    /// <summary>Distinct sources and the best level, as rows arrive in reading order (a source's findings arrive together).</summary>
    private class Tally
    {
        public DistinctRows Sources { get; } = new();
        public int BestLevel { get; private set; } = int.MaxValue;

        public void Count(long source, int level)
        {
            Sources.Add(source);
            BestLevel = Math.Min(BestLevel, level);
        }
    }

    private sealed class CellTally : Tally
    {
        public Dictionary<string, ComparisonTally> Comparisons { get; } = new(StringComparer.Ordinal);

        public void Add(long source, Comparison comparison, int level, Direction direction)
        {
            Count(source, level);
            if (!Comparisons.TryGetValue(comparison.Key, out var tally)) Comparisons[comparison.Key] = tally = new ComparisonTally(comparison);
            tally.Count(source, level);
            tally.Directions[(int)direction]++;
        }
    }

    private sealed class ComparisonTally(Comparison comparison) : Tally
    {
        public Comparison Comparison { get; } = comparison;
        public int[] Directions { get; } = new int[Enum.GetValues<Direction>().Length];
    }

    /// <summary>The most frequent direction other than unclear; a tie between the two most frequent is mixed.</summary>
    private static Direction Prevailing(int[] counts)
    {
        var ranked = Enum.GetValues<Direction>().Where(d => d != Direction.Unclear && counts[(int)d] > 0).OrderByDescending(d => counts[(int)d]).ToList();
        if (ranked.Count == 0) return Direction.Unclear;
        return ranked.Count > 1 && counts[(int)ranked[0]] == counts[(int)ranked[1]] ? Direction.Mixed : ranked[0];
    }

    private List<ConceptRef> Axis(IEnumerable<string> ids) =>
        [.. ids.Distinct(StringComparer.Ordinal).Select(_comparisons.Ref).OrderBy(c => c.Label, StringComparer.Ordinal)];
}
