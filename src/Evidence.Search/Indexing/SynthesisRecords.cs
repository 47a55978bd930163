using System.Runtime.CompilerServices;
using Evidence.Corpus.Model;
using Lucene.Net.Index;

namespace Evidence.Search.Indexing;

/// <summary>
/// One segment's records as synthesis reads them (<see cref="RecordJson.DeserializeForSynthesis"/>), decoded once and
/// kept while the segment's core is alive: a segment never changes, and decoding was most of a summary's or a claim
/// check's time (bench profile-summary: 35,627 records at 100k, 925 ms to decode, 371 ms to build the summary). The
/// records are shared by every request and never changed by synthesis. At most <see cref="Budget"/> records are kept
/// across all segments (about 1–3 KB of heap each); beyond it records are decoded per request as before.
/// </summary>
public sealed class SynthesisRecords
{
    /// <summary>How many decoded records are kept in all, so a library of millions stays within its memory bound.</summary>
    public const int Budget = 200_000;

    private static readonly ConditionalWeakTable<object, SynthesisRecords> Cache = new();
    private static int _kept;

    private readonly StudySummary?[] _records;
    private int _count;

    private SynthesisRecords(int maxDoc) => _records = new StudySummary?[maxDoc];

    /// <summary>A segment merged away and collected gives its records back to the budget.</summary>
    ~SynthesisRecords() => Interlocked.Add(ref _kept, -_count);

    /// <summary>The cache of a segment (one per segment core, shared by every reader of it).</summary>
    public static SynthesisRecords For(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => new SynthesisRecords(segment.MaxDoc));

    /// <summary>
    /// A reader for one request on one thread, decoding what is not kept from <paramref name="segment"/>: the reader
    /// of this request (a later reader of the same core may have more deletions, never other documents).
    /// </summary>
    public Reader Open(AtomicReader segment) => new(this, new StoredRecords.Reader(segment, forSynthesis: true));

    public sealed class Reader
    {
        private readonly SynthesisRecords _cache;
        private readonly StoredRecords.Reader _decoder;

        internal Reader(SynthesisRecords cache, StoredRecords.Reader decoder) => (_cache, _decoder) = (cache, decoder);

        public StudySummary Read(int doc)
        {
            if (Volatile.Read(ref _cache._records[doc]) is { } kept) return kept;
            var record = _decoder.Read(doc);
            if (Interlocked.Increment(ref _kept) <= Budget)
            {
                if (Interlocked.CompareExchange(ref _cache._records[doc], record, null) is null) Interlocked.Increment(ref _cache._count);
                else Interlocked.Decrement(ref _kept);
            }
            else
            {
                Interlocked.Decrement(ref _kept);
            }
            return record;
        }
    }
}
