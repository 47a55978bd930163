using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Evidence.Search.Indexing;

/// <summary>
/// The postings (documents and frequencies) of a segment's common terms, decoded once and kept in memory while the
/// segment's core lives. Lucene keeps postings compressed in blocks of 128 with a skip list over them; a search that
/// steps through a common term, or jumps in it to a few documents (the pruned first pass's lower-weighted terms, the
/// ranking's query over the first pass's candidates), decodes blocks and reads the skip list byte by byte each time, and
/// on this library that was the largest part of a free-text search (bench/README.md, "Postings kept decoded"). Kept
/// here, a step is an array read and a jump a galloping search. What Lucene's DirectPostingsFormat does for a whole
/// field, kept to the terms that cost most and bounded, and without changing the index on disk (that format is in
/// Lucene.Net.Codecs, which a reader of this index would then need for every field).
/// </summary>
/// <remarks>
/// Which terms are kept is a <see cref="KeptPostingsPolicy"/>. Kept lists across all segments are held to its budget;
/// past it a term is read from the index as before. A segment merged away gives its bytes back when its core is
/// collected. The lists hold deleted documents as the index does: the enumerator skips what the caller's live
/// documents exclude, as Lucene's own does. Positions and offsets are not kept; an enumerator of those comes from the
/// index.
/// </remarks>
internal sealed class KeptPostings
{
    private static readonly ConditionalWeakTable<object, KeptPostings> Segments = new();
    private static long s_kept;

    private readonly ConcurrentDictionary<(string Field, BytesRef Term), Lists?> _terms = new();
    private long _bytes;

    /// <summary>The kept lists of the term <paramref name="terms"/> is positioned on, or null when it is not kept.</summary>
    public static Lists? Of(AtomicReader segment, string field, TermsEnum terms, KeptPostingsPolicy policy)
    {
        var docFreq = terms.DocFreq;
        if (docFreq < policy.MinimumDocs || docFreq < segment.MaxDoc / policy.CommonShare) return null;
        var kept = Segments.GetValue(segment.CoreCacheKey, _ => new KeptPostings());
        var term = terms.Term;
        if (kept._terms.TryGetValue((field, term), out var lists)) return lists;
        lists = Lists.Read(terms, docFreq);
        var size = lists.Bytes;
        if (Interlocked.Add(ref s_kept, size) > policy.Budget)
        {
            Interlocked.Add(ref s_kept, -size);
            // Over the budget: not kept, and not read again for later searches either.
            kept._terms.TryAdd((field, BytesRef.DeepCopyOf(term)), null);
            return lists;
        }
        if (kept._terms.TryAdd((field, BytesRef.DeepCopyOf(term)), lists))
        {
            Interlocked.Add(ref kept._bytes, size);
            return lists;
        }
        Interlocked.Add(ref s_kept, -size);
        return kept._terms[(field, term)] ?? lists;
    }

    /// <summary>Whether the term's lists are kept for the segment (for tests).</summary>
    public static bool IsKept(AtomicReader segment, string field, BytesRef term) =>
        Segments.TryGetValue(segment.CoreCacheKey, out var kept) && kept._terms.TryGetValue((field, term), out var lists) && lists is not null;

    ~KeptPostings() => Interlocked.Add(ref s_kept, -Interlocked.Read(ref _bytes));

    /// <summary>A term's documents in order and each one's frequency (in bytes when every frequency fits one).</summary>
    internal sealed class Lists
    {
        public readonly int[] Docs;
        private readonly byte[]? _smallFreqs;
        private readonly int[]? _freqs;

        private Lists(int[] docs, byte[]? smallFreqs, int[]? freqs) => (Docs, _smallFreqs, _freqs) = (docs, smallFreqs, freqs);

        public long Bytes => Docs.Length * sizeof(int) + (_smallFreqs?.Length ?? 0) + (_freqs?.Length ?? 0) * sizeof(int);

        public int Freq(int index) => _smallFreqs is not null ? _smallFreqs[index] : _freqs![index];

        public static Lists Read(TermsEnum terms, int docFreq)
        {
            var docs = new int[docFreq];
            var freqs = new int[docFreq];
            var postings = terms.Docs(null, null, DocsFlags.FREQS);
            var count = 0;
            var widest = 0;
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                docs[count] = doc;
                freqs[count] = postings.Freq;
                widest = Math.Max(widest, freqs[count]);
                count++;
            }
            if (count != docFreq) (docs, freqs) = (docs[..count], freqs[..count]);
            if (widest > byte.MaxValue) return new Lists(docs, null, freqs);
            var small = new byte[count];
            for (var i = 0; i < count; i++) small[i] = (byte)freqs[i];
            return new Lists(docs, small, null);
        }
    }
}

/// <summary>
/// Which terms <see cref="KeptPostings"/> keeps: those in at least one in <see cref="CommonShare"/> of a segment's
/// documents and in at least <see cref="MinimumDocs"/> of them (below that a postings list is a block or two, cheap to
/// read), within <see cref="Budget"/> bytes across all segments.
/// </summary>
internal sealed record KeptPostingsPolicy(int CommonShare, int MinimumDocs, long Budget)
{
    /// <summary>Terms in a sixteenth of a segment, as <see cref="Querying.SegmentTermBits"/>'s; 128 MB, about 26 million postings.</summary>
    public static readonly KeptPostingsPolicy Default = new(16, 512, 128L << 20);
}

/// <summary>A kept term's postings as Lucene's <see cref="DocsEnum"/>, skipping documents the live documents exclude.</summary>
internal sealed class KeptDocsEnum : DocsEnum
{
    private KeptPostings.Lists _lists = null!;
    private IBits? _live;
    private int[] _docs = [];
    private int _index;
    private int _doc;

    public KeptDocsEnum Reset(KeptPostings.Lists lists, IBits? live)
    {
        (_lists, _live, _docs, _index, _doc) = (lists, live, lists.Docs, -1, -1);
        return this;
    }

    public override int DocID => _doc;

    public override int Freq => _lists.Freq(_index);

    public override long GetCost() => _docs.Length;

    public override int NextDoc()
    {
        var docs = _docs;
        for (var i = _index + 1; i < docs.Length; i++)
        {
            if (_live is null || _live.Get(docs[i])) return _doc = docs[_index = i];
        }
        _index = docs.Length;
        return _doc = NO_MORE_DOCS;
    }

    public override int Advance(int target)
    {
        var docs = _docs;
        // Galloping from the next document: the step doubles until it passes the target, then a binary search.
        var low = _index + 1;
        var step = 1;
        var high = low;
        while (high < docs.Length && docs[high] < target)
        {
            low = high + 1;
            high += step;
            step <<= 1;
        }
        if (high >= docs.Length) high = docs.Length - 1;
        if (low > high || docs[high] < target)
        {
            _index = docs.Length;
            return _doc = NO_MORE_DOCS;
        }
        // The first entry at or past the target lies in [low, high].
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (docs[middle] < target) low = middle + 1;
            else high = middle;
        }
        _index = low - 1;
        return NextDoc();
    }
}

/// <summary>
/// A commit's reader whose segments serve their common terms' postings from <see cref="KeptPostings"/>; everything else
/// (stored fields, doc values, norms, positions, deletions) is the segment's own. Each segment keeps its core's cache key,
/// so what is kept per segment core elsewhere (facets, fact tables, field caches) is shared with the unwrapped reader.
/// </summary>
internal sealed class KeptPostingsReader(DirectoryReader commit, KeptPostingsPolicy policy) : FilterDirectoryReader(commit, new SegmentWrapper(policy))
{
    public KeptPostingsReader(DirectoryReader commit) : this(commit, KeptPostingsPolicy.Default)
    {
    }

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new KeptPostingsReader(input, policy);

    private sealed class SegmentWrapper(KeptPostingsPolicy policy) : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new Segment(reader, policy);
    }

    private sealed class Segment(AtomicReader segment, KeptPostingsPolicy policy) : FilterAtomicReader(segment)
    {
        public override object CoreCacheKey => m_input.CoreCacheKey;

        public override object CombinedCoreAndDeletesKey => m_input.CombinedCoreAndDeletesKey;

        public override Fields Fields => m_input.Fields is { } fields ? new SegmentFields(m_input, fields, policy) : null!;
    }

    private sealed class SegmentFields(AtomicReader segment, Fields fields, KeptPostingsPolicy policy) : FilterAtomicReader.FilterFields(fields)
    {
        public override Terms GetTerms(string field) => m_input.GetTerms(field) is { } terms ? new FieldTerms(segment, field, terms, policy) : null!;
    }

    private sealed class FieldTerms(AtomicReader segment, string field, Terms terms, KeptPostingsPolicy policy) : FilterAtomicReader.FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator() => new FieldTermsEnum(segment, field, m_input.GetEnumerator(), policy);

        public override TermsEnum GetEnumerator(TermsEnum reuse) =>
            new FieldTermsEnum(segment, field, m_input.GetEnumerator(reuse is FieldTermsEnum kept ? kept.Inner : reuse), policy);
    }

    private sealed class FieldTermsEnum(AtomicReader segment, string field, TermsEnum terms, KeptPostingsPolicy policy) : FilterAtomicReader.FilterTermsEnum(terms)
    {
        public TermsEnum Inner => m_input;

        // Lucene's filter falls back to the slow generic seeks for these; the segment's own are used.
        public override bool SeekExact(BytesRef text) => m_input.SeekExact(text);

        public override void SeekExact(BytesRef term, TermState state) => m_input.SeekExact(term, state);

        public override TermState GetTermState() => m_input.GetTermState();

        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags)
        {
            if (KeptPostings.Of(segment, field, m_input, policy) is not { } lists) return m_input.Docs(liveDocs, reuse is KeptDocsEnum ? null : reuse, flags);
            return (reuse as KeptDocsEnum ?? new KeptDocsEnum()).Reset(lists, liveDocs);
        }
    }
}

/// <summary>
/// Lucene's SearcherManager for a <see cref="KeptPostingsReader"/>: Lucene's own insists that its factory's searcher
/// read exactly the reader it opened, so it cannot open a wrapped one. The same reference counting and refresh.
/// </summary>
internal sealed class KeptPostingsSearcherManager : ReferenceManager<IndexSearcher>
{
    private readonly SearcherFactory _factory;

    public KeptPostingsSearcherManager(Lucene.Net.Store.Directory directory, SearcherFactory factory)
    {
        _factory = factory;
        Current = factory.NewSearcher(new KeptPostingsReader(DirectoryReader.Open(directory)));
    }

    protected override void DecRef(IndexSearcher reference) => reference.IndexReader.DecRef();

    protected override IndexSearcher RefreshIfNeeded(IndexSearcher referenceToRefresh)
    {
        if (DirectoryReader.OpenIfChanged((DirectoryReader)referenceToRefresh.IndexReader) is not { } changed) return null!;
        try
        {
            return _factory.NewSearcher(changed);
        }
        catch
        {
            changed.DecRef();
            throw;
        }
    }

    protected override bool TryIncRef(IndexSearcher reference) => reference.IndexReader.TryIncRef();

    protected override int GetRefCount(IndexSearcher reference) => reference.IndexReader.RefCount;
}
