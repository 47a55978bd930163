using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Evidence.Search.Indexing;

/// <summary>
/// Where a stored record lives: the core of its segment (shared by every reader of the segment, whatever deletions a
/// later commit adds) and its document number in that segment.
/// </summary>
public readonly record struct RecordAddress(object Core, int Doc, int MaxDoc)
{
    public static RecordAddress Of(AtomicReader segment, int doc) => new(segment.CoreCacheKey, doc, segment.MaxDoc);
}

/// <summary>
/// Values computed from stored records, each kept while its segment's core is alive: a segment never changes, so a value
/// stays right as long as any reader sees the segment, and a record edited in a later commit lives in a new segment,
/// where its value is computed afresh. At most <paramref name="budget"/> values are kept across all segments (a library
/// of millions must stay within its memory bound); past it they are computed per call, as before they were kept.
/// </summary>
public sealed class SegmentMemo<T>(int budget) where T : class
{
    private readonly ConditionalWeakTable<object, Segment> _segments = new();
    private int _kept;

    /// <summary>How many values are kept now.</summary>
    public int Kept => Volatile.Read(ref _kept);

    public T Get(RecordAddress address, Func<T> compute)
    {
        if (!_segments.TryGetValue(address.Core, out var segment)) segment = _segments.GetValue(address.Core, _ => new Segment(this, address.MaxDoc));
        if (Volatile.Read(ref segment.Values[address.Doc]) is { } kept) return kept;
        var value = compute();
        if (Interlocked.Increment(ref _kept) <= budget)
        {
            var earlier = Interlocked.CompareExchange(ref segment.Values[address.Doc], value, null);
            if (earlier is null)
            {
                Interlocked.Increment(ref segment.Count);
                return value;
            }
            value = earlier;
        }
        Interlocked.Decrement(ref _kept);
        return value;
    }

    private sealed class Segment(SegmentMemo<T> memo, int maxDoc)
    {
        public readonly T?[] Values = new T?[maxDoc];
        public int Count;

        /// <summary>A segment merged away and collected gives its values back to the budget.</summary>
        ~Segment() => Interlocked.Add(ref memo._kept, -Count);
    }
}
