using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Summaries;

namespace Evidence.Synthesis.Map;

public sealed record MapCell(string Condition, string Outcome, int Sources, int BestLevel, Direction Direction);

/// <summary>Conditions × outcomes with evidence. A pair without a cell is a gap in the evidence.</summary>
public sealed record EvidenceMap(IReadOnlyList<ConceptRef> Conditions, IReadOnlyList<ConceptRef> Outcomes, IReadOnlyList<MapCell> Cells)
{
    /// <summary>
    /// Null when every matching source was read; otherwise how many were not, because a synthesis reads at most
    /// the first 100,000 (in index order): the counts then cover only the sources read.
    /// </summary>
    public int? SourcesNotRead { get; init; }

    /// <summary>Whether the library covers the requested treatment (<see cref="Synthesis.Coverage"/>).</summary>
    public Coverage Coverage { get; init; } = Coverage.Full;
}

public sealed class EvidenceMapBuilder(ConceptVocabulary vocabulary)
{
    /// <summary>
    /// One cell per condition and outcome that some finding reports: distinct sources, best level, and the
    /// prevailing direction (the most frequent; a tie between directions is shown as mixed).
    /// </summary>
    public EvidenceMap Build(IEnumerable<StudySummary> sources, string? interventionId = null)
    {
        var interventions = interventionId is null ? null : vocabulary.SelfAndDescendants(interventionId).ToHashSet(StringComparer.Ordinal);
        var cells = sources
            .SelectMany(source => source.Findings.Select(finding => (Source: source, Finding: finding)))
            .Where(e => interventions is null || (e.Finding.Intervention ?? e.Source.Interventions.FirstOrDefault()) is { } i && interventions.Contains(i))
            .GroupBy(e => (e.Finding.Condition, e.Finding.Outcome))
            .Select(group => new MapCell(group.Key.Condition, group.Key.Outcome,
                group.Select(e => e.Source.Id).Distinct().Count(),
                group.Min(e => e.Source.Level.Level),
                Prevailing(group.Select(e => e.Finding.Direction))))
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
        [.. ids.Distinct(StringComparer.Ordinal).Select(id => new ConceptRef(id, vocabulary.Find(id)?.Label ?? id)).OrderBy(c => c.Label, StringComparer.Ordinal)];
}
