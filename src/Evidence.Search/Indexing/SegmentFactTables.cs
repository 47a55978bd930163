using System.Runtime.CompilerServices;
using Evidence.Corpus.Facts;
using Evidence.Corpus.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Evidence.Search.Indexing;

/// <summary>
/// Each segment's <see cref="FactTable"/>: the facts of its sources (<see cref="SourceFacts"/>), written beside each
/// record at index time and read into columns once per segment, when a searcher first opens it after a commit
/// (<see cref="WarmSearcherFactory"/>). A segment never changes, so its table lives as long as the segment's core;
/// deletions are the reader's (live docs), checked when a synthesis reads the rows. Summaries count from these
/// tables instead of decoding every matching record per request.
/// </summary>
public static class SegmentFactTables
{
    private static readonly ConditionalWeakTable<object, FactTable> Cache = new();
    private static readonly ISet<string> StoredOnly = new HashSet<string> { IndexFields.Facts };

    /// <summary>The field that holds a source's facts in a new document (a stored field past Lucene's doc-value cap, as records are).</summary>
    public static Field For(StudySummary summary)
    {
        var facts = SourceFacts.Encode(summary);
        return facts.Length <= StoredRecords.MaxDocValueBytes ? new BinaryDocValuesField(IndexFields.Facts, new BytesRef(facts)) : new StoredField(IndexFields.Facts, facts);
    }

    public static FactTable For(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => Read(segment));

    /// <summary>
    /// The segment's rows as one block for synthesis: its table, the rows to read (<paramref name="matching"/>, or else
    /// the reader's live documents), and its records (kept decoded, <see cref="SynthesisRecords"/>).
    /// </summary>
    public static FactBlock Block(AtomicReader segment, IBits? matching = null)
    {
        var rows = matching ?? segment.LiveDocs;
        return new FactBlock(For(segment), rows is null ? null : rows.Get, SynthesisRecords.Reader(segment));
    }

    private static FactTable Read(AtomicReader segment)
    {
        var values = segment.GetBinaryDocValues(IndexFields.Facts);
        var builder = new FactTable.Builder(segment.MaxDoc);
        var scratch = new BytesRef();
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            values?.Get(doc, scratch);
            var facts = values is not null && scratch.Length > 0
                ? scratch.Bytes.AsSpan(scratch.Offset, scratch.Length)
                : segment.Document(doc, StoredOnly).GetBinaryValue(IndexFields.Facts) is { } stored ? stored.Bytes.AsSpan(stored.Offset, stored.Length) : default;
            if (facts.IsEmpty) builder.AddEmpty();
            else builder.Add(facts);
        }
        return builder.Build();
    }
}
