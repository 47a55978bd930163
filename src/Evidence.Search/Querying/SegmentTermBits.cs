using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Evidence.Search.Querying;

/// <summary>
/// The documents of one segment that hold a common term, as a bitset kept while the segment's core lives (a segment's
/// postings never change; deletions are applied by the caller from the reader's live documents). Counting the matches
/// of a question whose words are in most of the library then costs one OR a word of the bitset instead of a walk over a
/// postings list that long. A term is common when it is in at least <see cref="CommonShare"/> of the segment's
/// documents: below that its postings are shorter to walk than its bitset is to OR.
/// </summary>
/// <remarks>
/// What Lucene's query cache (LRUQueryCache, Lucene 5 and later; not in Lucene.Net 4.8) does for filters, kept to
/// single terms. The bitsets kept across all segments are held to <see cref="Budget"/> bytes; past it a term's bitset
/// is built for the one search and dropped. A segment merged away gives its bytes back when it is collected.
/// </remarks>
internal sealed class SegmentTermBits
{
    /// <summary>A term in at least one in this many of a segment's documents has its bitset kept.</summary>
    public const int CommonShare = 16;

    /// <summary>Bytes of bitsets kept across all segments: 64 MB, 512 terms' worth at a million sources.</summary>
    public const long Budget = 64L << 20;

    private static readonly ConditionalWeakTable<object, SegmentTermBits> Segments = new();
    private static readonly ConditionalWeakTable<IBits, FixedBitSet> LiveSets = new();
    private static long s_kept;

    private readonly ConcurrentDictionary<(string Field, BytesRef Term), FixedBitSet> _terms = new();
    private long _bytes;

    /// <summary>
    /// Sets in <paramref name="matched"/> every document of the segment that holds the term <paramref name="term"/> is
    /// positioned on, in <paramref name="field"/>. Returns the postings enumerator walked for a term not kept (to be
    /// reused), else null.
    /// </summary>
    public static DocsEnum? Or(FixedBitSet matched, AtomicReader segment, string field, TermsEnum term)
    {
        if (term.DocFreq < segment.MaxDoc / CommonShare)
        {
            var docs = term.Docs(null, null, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) matched.Set(doc);
            return docs;
        }
        matched.Or(Segments.GetValue(segment.CoreCacheKey, _ => new SegmentTermBits()).Common(segment, field, term));
        return null;
    }

    /// <summary>The segment's live documents as a bitset (its deletions as Lucene reads them are a bit vector to ask a document at a time).</summary>
    public static FixedBitSet Live(IBits liveDocs) => LiveSets.GetValue(liveDocs, live =>
    {
        var set = new FixedBitSet(live.Length);
        for (var doc = 0; doc < live.Length; doc++)
        {
            if (live.Get(doc)) set.Set(doc);
        }
        return set;
    });

    private FixedBitSet Common(AtomicReader segment, string field, TermsEnum term)
    {
        var bytes = term.Term;
        if (_terms.TryGetValue((field, bytes), out var kept)) return kept;
        var set = new FixedBitSet(segment.MaxDoc);
        var docs = term.Docs(null, null, DocsFlags.NONE);
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) set.Set(doc);
        long size = set.GetBits().Length * sizeof(long);
        if (Interlocked.Add(ref s_kept, size) > Budget)
        {
            Interlocked.Add(ref s_kept, -size);
            return set;
        }
        if (_terms.TryAdd((field, BytesRef.DeepCopyOf(bytes)), set))
        {
            Interlocked.Add(ref _bytes, size);
            return set;
        }
        Interlocked.Add(ref s_kept, -size);
        return _terms[(field, bytes)];
    }

    ~SegmentTermBits() => Interlocked.Add(ref s_kept, -Interlocked.Read(ref _bytes));
}
