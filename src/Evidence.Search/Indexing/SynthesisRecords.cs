using Evidence.Corpus.Model;
using Lucene.Net.Index;

namespace Evidence.Search.Indexing;

/// <summary>
/// Records as synthesis reads them (<see cref="RecordJson.DeserializeForSynthesis"/>) for what it lists: summaries,
/// the map and claim checks count from the fact tables (<see cref="SegmentFactTables"/>) and read whole records only
/// for the findings, reports and sources they list (a summary of a large condition lists thousands). Each is decoded
/// once and kept while its segment's core is alive (<see cref="SegmentMemo{T}"/>), shared by every request and never
/// changed. At most <see cref="Budget"/> are kept (about 1–3 KB of heap each); past it records are decoded per request.
/// </summary>
public static class SynthesisRecords
{
    /// <summary>How many decoded records are kept in all, so a library of millions stays within its memory bound.</summary>
    public const int Budget = 50_000;

    private static readonly SegmentMemo<StudySummary> Kept = new(Budget);

    /// <summary>Reads records of <paramref name="segment"/>, the reader of one request, by document number.</summary>
    public static Func<int, StudySummary> Reader(AtomicReader segment)
    {
        var decoder = new StoredRecords.Reader(segment, forSynthesis: true);
        return doc => Kept.Get(RecordAddress.Of(segment, doc), () => decoder.Read(doc));
    }
}
