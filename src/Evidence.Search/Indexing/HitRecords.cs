using Evidence.Corpus.Model;
using Lucene.Net.Index;

namespace Evidence.Search.Indexing;

/// <summary>
/// The records search hits show (<see cref="RecordJson.DeserializeForHit"/>), each decoded once and kept while its
/// segment's core is alive: decoding a whole record's JSON per hit per request was a top 100's largest cost after
/// ranking (bench profile-hits). Records are shared by every request and never changed. At most <see cref="Budget"/>
/// are kept (about 5 KB of heap each with a 1,500-character abstract, so about 50 MB); past it a hit is decoded per
/// request, as before.
/// </summary>
public static class HitRecords
{
    public const int Budget = 10_000;

    private static readonly SegmentMemo<StudySummary> Kept = new(Budget);

    /// <summary>The record at <paramref name="address"/> in <paramref name="segment"/>, the reader of this request.</summary>
    public static StudySummary Read(AtomicReader segment, RecordAddress address) =>
        Kept.Get(address, () => new StoredRecords.Reader(segment).ReadForHit(address.Doc));
}
