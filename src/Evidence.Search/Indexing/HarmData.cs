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

    /// <summary>Several harms (two or more) and no benefit results: a safety review, a report of complications.</summary>
    public const byte HarmsOnly = 2;

    /// <summary>
    /// How many harm entries make a record a safety source. A record with no benefit results and a single harm entry
    /// is usually a general review that mentions one event in passing, not a study of harms.
    /// </summary>
    public const int SafetySourceMinimum = 2;

    public static byte Tier(StudySummary summary, ConceptVocabulary vocabulary) => Tier(Harms(summary, vocabulary), summary.Findings.Count);

    /// <summary>How many harm entries a source has: adverse events (seen or looked for) and findings on harm outcomes.</summary>
    public static (int Entries, int Findings) Harms(StudySummary summary, ConceptVocabulary vocabulary)
    {
        var harmFindings = summary.Findings.Count(f => vocabulary.IsHarm(f.Outcome));
        return (summary.AdverseEvents.Count + harmFindings, harmFindings);
    }

    /// <summary>The stored value: the tier in the low two bits, the number of harm entries (at most 255) above them.</summary>
    public static long Value(StudySummary summary, ConceptVocabulary vocabulary)
    {
        var harms = Harms(summary, vocabulary);
        return Tier(harms, summary.Findings.Count) | (long)Math.Min(harms.Entries, byte.MaxValue) << 2;
    }

    /// <summary>Reads <see cref="Value"/> back: the tier and the number of harm entries.</summary>
    public static (byte Tier, byte Entries) Read(long value) =>
        value < 0 ? (None, (byte)0) : ((byte)Math.Min(value & 3, HarmsOnly), (byte)Math.Min(value >> 2, byte.MaxValue));

    private static byte Tier((int Entries, int Findings) harms, int findings)
    {
        if (harms.Entries == 0) return None;
        return harms.Findings == findings && harms.Entries >= SafetySourceMinimum ? HarmsOnly : Some;
    }
}
