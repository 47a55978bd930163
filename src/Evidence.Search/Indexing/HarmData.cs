using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Search.Indexing;

/// <summary>
/// What a source offers a safety question, stored per document for safety questions to rank by (see
/// <see cref="Querying.SafetyIntent"/>). Harm data are adverse events (observed, or looked for and not seen: both are
/// safety data) and findings on adverse-event outcomes.
/// </summary>
public static class HarmData
{
    /// <summary>No harm data.</summary>
    public const byte None = 0;

    /// <summary>Some harm data beside benefit results (a trial that also reports its adverse events).</summary>
    public const byte Some = 1;

    /// <summary>
    /// Harm data as the record's substance: at least <see cref="Enough"/> harms and no benefit results (a safety
    /// review, a series of complications). A record with one adverse event and no findings annotated is not one.
    /// </summary>
    public const byte HarmsOnly = 2;

    public const int Enough = 4;

    public static byte Tier(StudySummary summary, ConceptVocabulary vocabulary)
    {
        var harmFindings = summary.Findings.Count(f => vocabulary.Find(f.Outcome)?.Kinds.Contains(ConceptKind.AdverseEvent) == true);
        var harms = summary.AdverseEvents.Count + harmFindings;
        if (harms == 0) return None;
        return harmFindings == summary.Findings.Count && harms >= Enough ? HarmsOnly : Some;
    }
}
