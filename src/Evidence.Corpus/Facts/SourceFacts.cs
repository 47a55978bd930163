using System.Text;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Facts;

/// <summary>
/// What synthesis counts of one source, in a compact binary form: its id, design, level, year, participants, review
/// state, annotated concepts, findings (condition, outcome, treatment, comparator, direction) and adverse events
/// (event, seen or not, severity, how often in the source's words: <see cref="ReportedFrequency"/>), in the record's own order. No titles, authors or texts: a summary or a claim check
/// counts from these alone and reads whole records only for what it lists. The index keeps these bytes beside each
/// record (one doc value), so a segment's facts are read without decoding its records.
/// </summary>
public static class SourceFacts
{
    /// <summary>The format's version; a change to the layout must change it (and the index's schema version).</summary>
    public const byte Version = 2;

    public static byte[] Encode(StudySummary source)
    {
        using var buffer = new MemoryStream(64 + 48 * source.Findings.Count);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(source.Id);
            writer.Write((byte)source.Design);
            writer.Write((byte)source.Level.Level);
            writer.Write(source.Year ?? 0);
            writer.Write(source.Population?.SampleSize ?? -1);
            writer.Write((byte)source.Review.Status);
            writer.Write((byte)source.Review.Verification);
            Concepts(writer, source.Conditions);
            Concepts(writer, source.Interventions);
            Concepts(writer, source.Comparators);
            writer.Write7BitEncodedInt(source.Findings.Count);
            foreach (var finding in source.Findings)
            {
                writer.Write(finding.Condition);
                writer.Write(finding.Outcome);
                writer.Write(finding.Intervention ?? "");
                writer.Write(finding.Comparator ?? "");
                writer.Write((byte)finding.Direction);
            }
            writer.Write7BitEncodedInt(source.AdverseEvents.Count);
            foreach (var adverse in source.AdverseEvents)
            {
                writer.Write(adverse.Event);
                writer.Write(adverse.Observed);
                writer.Write((byte)adverse.Severity);
                writer.Write((byte)ReportedFrequency.Of(adverse.Frequency));
            }
        }
        return buffer.ToArray();
    }

    private static void Concepts(BinaryWriter writer, IReadOnlyList<string> ids)
    {
        writer.Write7BitEncodedInt(ids.Count);
        foreach (var id in ids) writer.Write(id);
    }
}
