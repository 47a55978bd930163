using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using System.Numerics;

namespace Evidence.Search.Querying;

/// <summary>
/// Counts facet values over every matching document (Lucene.Net.Facet is not available here), from the
/// segment's <see cref="SegmentFacets"/> arrays. A hit only sets its bit; the segment's matches are counted when the
/// search moves on, in one pass in document order (the arrays read front to back, no call per hit). When more
/// than half the segment matches, the segment's counts are its whole counts less those of the documents that did not
/// match. Ordinals are counted per segment and turned into strings once per segment.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    // The loader keeps years to 1800..next year; a year outside the array is counted aside.
    private const int FirstYear = 1800;

    private readonly Dictionary<string, int>[] _totals = [.. SegmentFacets.Dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly int[] _levels = new int[256];
    private readonly int[] _years = new int[512];
    private readonly Dictionary<int, int> _otherYears = [];
    private SegmentFacets? _segment;
    private FixedBitSet? _matched;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = SegmentFacets.For(context.AtomicReader);
        _matched = new FixedBitSet(context.AtomicReader.MaxDoc);
    }

    public void Collect(int doc) => _matched!.Set(doc);

    /// <summary>Counts a segment's matches given at once (its live documents that match), instead of collected one by one.</summary>
    public void Count(AtomicReaderContext context, FixedBitSet matched)
    {
        FlushSegment();
        (_segment, _matched) = (SegmentFacets.For(context.AtomicReader), matched);
        FlushSegment();
    }

    public FacetCounts Result()
    {
        FlushSegment();
        var years = new Dictionary<int, int>(_otherYears);
        for (var slot = 0; slot < _years.Length; slot++)
        {
            if (_years[slot] > 0) years[slot + FirstYear] = _years[slot];
        }
        // Level 0 is a document without one (none in a valid corpus).
        var levels = Enumerable.Range(1, _levels.Length - 1).Where(level => _levels[level] > 0).ToDictionary(level => level, level => _levels[level]);
        return new FacetCounts(_totals[0], _totals[1], _totals[2], levels, years);
    }

    private void FlushSegment()
    {
        if (_segment is not { } segment || _matched is not { } matched) return;
        if (CountByValue(segment, matched)) return;
        // When most of the segment matches, its counts are those of every document less those of the documents that did
        // not match (deleted ones included, as the whole-segment counts include them): a broad question costs little.
        var dense = matched.Cardinality > matched.Length / 2;
        var counts = dense ? (int[])segment.AllCounts.Clone() : new int[segment.Labels.Length];
        var step = dense ? -1 : 1;
        if (dense)
        {
            for (var level = 0; level < _levels.Length; level++) _levels[level] += segment.AllLevels[level];
            foreach (var (year, count) in segment.AllYears) CountYear(year, count);
        }
        var (starts, ordinals, levels, years) = (segment.Starts, segment.Ordinals, segment.Levels, segment.Years);
        var words = matched.GetBits();
        for (var word = 0; word < words.Length; word++)
        {
            var bits = dense ? ~(ulong)words[word] : (ulong)words[word];
            // Past the segment's last document the complement's bits are not documents.
            if (dense && word == words.Length - 1 && matched.Length % 64 != 0) bits &= (1UL << (matched.Length % 64)) - 1;
            for (; bits != 0; bits &= bits - 1)
            {
                var doc = (word << 6) + BitOperations.TrailingZeroCount(bits);
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) counts[ordinals[i]] += step;
                _levels[levels[doc]] += step;
                if (years[doc] != 0) CountYear(years[doc], step); // an undated source counts in no year
            }
        }
        for (var d = 0; d < SegmentFacets.Dimensions.Length; d++)
        {
            for (var ord = segment.FirstOrdinal[d]; ord < segment.FirstOrdinal[d + 1]; ord++)
            {
                if (counts[ord] == 0) continue;
                var key = segment.Labels[ord];
                _totals[d][key] = _totals[d].GetValueOrDefault(key) + counts[ord];
            }
        }
        (_segment, _matched) = (null, null);
    }

    /// <summary>
    /// Counts the segment's matches value by value, as the matches shared with each value's documents (a word-by-word AND
    /// and bit count, <see cref="SegmentFacets.ValueSets"/>), when that is cheaper than visiting each match (or each
    /// non-match, when most match): a question matching a third of a segment with some tens of facet values. False when
    /// it is not, and nothing was counted.
    /// </summary>
    private bool CountByValue(SegmentFacets segment, FixedBitSet matched)
    {
        var cardinality = matched.Cardinality;
        var visited = Math.Min(cardinality, matched.Length - cardinality);
        var words = (matched.Length + 63) / 64;
        // A visited document costs a few scattered array reads and increments (its ordinals, level, year), a value's word an
        // AND and a bit count in order: a document costs about 32 words. Measured by hand at 100k over the mixed set's
        // questions, each limit in turn in one process: 8 words 832 µs a search, 32 words 773, 64 words 771.
        if ((long)segment.ValueCount * words > 32L * visited || segment.ValueSets is not { } sets) return false;
        for (var d = 0; d < SegmentFacets.Dimensions.Length; d++)
        {
            for (var ord = segment.FirstOrdinal[d]; ord < segment.FirstOrdinal[d + 1]; ord++)
            {
                var count = (int)FixedBitSet.IntersectionCount(matched, sets.Ordinals[ord]);
                if (count == 0) continue;
                var key = segment.Labels[ord];
                _totals[d][key] = _totals[d].GetValueOrDefault(key) + count;
            }
        }
        foreach (var (level, docs) in sets.Levels) _levels[level] += (int)FixedBitSet.IntersectionCount(matched, docs);
        foreach (var (year, docs) in sets.Years)
        {
            if (FixedBitSet.IntersectionCount(matched, docs) is var count and > 0) CountYear(year, (int)count);
        }
        (_segment, _matched) = (null, null);
        return true;
    }

    private void CountYear(int year, int count)
    {
        var slot = year - FirstYear;
        if ((uint)slot < (uint)_years.Length) _years[slot] += count;
        else if ((_otherYears[year] = _otherYears.GetValueOrDefault(year) + count) == 0) _otherYears.Remove(year);
    }
}
