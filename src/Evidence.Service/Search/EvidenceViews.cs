using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Search.Querying;

namespace Evidence.Service.Search;

/// <summary>Turns stored summaries and search results into the API's views, with labels from the vocabulary.</summary>
public sealed class EvidenceViews(ConceptVocabulary vocabulary)
{
    public string Label(string id) => vocabulary.Find(id)?.Label ?? id;

    private static readonly string[] LevelLabels = [.. Enumerable.Range(0, 6).Select(level => $"Level {level} (Oxford CEBM 2011)")];

    public static string LevelLabel(int level) => level >= 0 && level < LevelLabels.Length ? LevelLabels[level] : $"Level {level} (Oxford CEBM 2011)";

    public EvidenceItem Item(SearchHit hit, EvidenceQuery query)
    {
        var summary = hit.Summary;
        var notes = SourceNotes.Of(hit);
        return new EvidenceItem(
            summary.Id, summary.Title, summary.Year, summary.Design, Names<StudyDesign>.Label(summary.Design),
            summary.Level.Level, LevelLabel(summary.Level.Level),
            summary.Identifiers.Doi, summary.Identifiers.Pmid, summary.Identifiers.Url,
            notes.Citation, notes.CitationWarning,
            [.. MatchingFindings(summary, query).Select(Finding)],
            [.. summary.AdverseEvents.Select(AdverseEvent)],
            hit.Snippet, hit.Score, summary.Review.Status, summary.Review.Verification, summary.IsAnnotated, notes.Caution);
    }

    public SourceResponse Source(StudySummary summary)
    {
        var ids = summary.Conditions.Concat(summary.Interventions).Concat(summary.Comparators)
            .Concat(summary.Findings.SelectMany(f => new[] { f.Condition, f.Outcome, f.Intervention, f.Comparator }).OfType<string>())
            .Concat(summary.AdverseEvents.Select(a => a.Event))
            .Distinct(StringComparer.Ordinal);
        var notes = SourceNotes.Of(summary);
        return new SourceResponse(summary, notes.Citation, notes.CitationWarning, Names<StudyDesign>.Label(summary.Design), LevelLabel(summary.Level.Level),
            ids.ToDictionary(id => id, Label, StringComparer.Ordinal), summary.IsAnnotated, notes.Caution);
    }

    public FindingView Finding(Finding finding) => new(
        finding.Condition, Label(finding.Condition), finding.Outcome, Label(finding.Outcome),
        finding.Intervention, finding.Intervention is null ? null : Label(finding.Intervention),
        finding.Comparator, finding.Comparator is null ? null : Label(finding.Comparator),
        finding.Direction, finding.Effect, finding.Certainty);

    public AdverseEventView AdverseEvent(AdverseEvent adverse) => new(adverse.Event, Label(adverse.Event), adverse.Frequency, adverse.Severity, adverse.Note, adverse.Observed);

    /// <summary>The findings on the requested conditions, outcomes and interventions; all findings when none is requested.</summary>
    public static IEnumerable<Finding> MatchingFindings(StudySummary summary, EvidenceQuery query) =>
        summary.Findings.Where(f =>
            (query.Conditions.Count == 0 || query.Conditions.Contains(f.Condition))
            && (query.Outcomes.Count == 0 || query.Outcomes.Contains(f.Outcome))
            && (query.Interventions.Count == 0 || f.Intervention is null || query.Interventions.Contains(f.Intervention)
                || f.Comparator is not null && query.Interventions.Contains(f.Comparator)));

    public EvidenceFacets Facets(FacetCounts counts) => new(
        Concepts(counts.Condition),
        Concepts(counts.Outcome),
        [.. counts.Design.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new FacetValue(p.Key, Names<StudyDesign>.TryParse(p.Key, out var design) ? Names<StudyDesign>.Label(design) : p.Key, p.Value))],
        [.. counts.Level.OrderBy(p => p.Key).Select(p => new FacetValue(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), LevelLabel(p.Key), p.Value))],
        [.. counts.Year.OrderByDescending(p => p.Key).Select(p => new FacetValue(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value))]);

    private List<FacetValue> Concepts(IReadOnlyDictionary<string, int> counts) =>
        [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetValue(p.Key, Label(p.Key), p.Value))];
}
