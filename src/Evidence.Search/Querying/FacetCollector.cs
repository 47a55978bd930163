using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using System.Numerics;

namespace Evidence.Search.Querying;

/// <summary>
/// Counts facet values over every matching document (Lucene.Net.Facet is not available here), from the
/// segment's <see cref="SegmentFacets"/> arrays. A hit only sets its bit; the segment's matches are counted when the
/// search moves on, in one pass in document order (the arrays read front to back, no call per hit): at 100k, the
/// facets of a question that matches nearly every source cost 0.8 ms instead of 1.5 ms counted hit by hit. Ordinals
/// are counted per segment and turned into strings once per segment.
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
        var counts = new int[segment.Labels.Length];
        var (starts, ordinals, levels, years) = (segment.Starts, segment.Ordinals, segment.Levels, segment.Years);
        var words = matched.GetBits();
        for (var word = 0; word < words.Length; word++)
        {
            for (var bits = (ulong)words[word]; bits != 0; bits &= bits - 1)
            {
                var doc = (word << 6) + BitOperations.TrailingZeroCount(bits);
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) counts[ordinals[i]]++;
                _levels[levels[doc]]++;
                if (years[doc] == 0) continue; // an undated source counts in no year
                var year = years[doc] - FirstYear;
                if ((uint)year < (uint)_years.Length) _years[year]++;
                else _otherYears[year + FirstYear] = _otherYears.GetValueOrDefault(year + FirstYear) + 1;
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
}
