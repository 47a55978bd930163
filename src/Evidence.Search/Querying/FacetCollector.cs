using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// Counts facet values over every matching document (Lucene.Net.Facet is not available here), from the
/// segment's <see cref="SegmentFacets"/> arrays: a few array reads and increments per hit. Ordinals are
/// counted per segment and turned into strings once per segment.
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
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = SegmentFacets.For(context.AtomicReader);
        _counts = new int[_segment.Labels.Length];
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var ordinals = segment.Ordinals;
        var counts = _counts;
        for (int i = segment.Starts[doc], end = segment.Starts[doc + 1]; i < end; i++) counts[ordinals[i]]++;
        _levels[segment.Levels[doc]]++;
        if (segment.Years[doc] == 0) return; // an undated source counts in no year
        var year = segment.Years[doc] - FirstYear;
        if ((uint)year < (uint)_years.Length) _years[year]++;
        else _otherYears[year + FirstYear] = _otherYears.GetValueOrDefault(year + FirstYear) + 1;
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
        if (_segment is not { } segment) return;
        for (var d = 0; d < SegmentFacets.Dimensions.Length; d++)
        {
            for (var ord = segment.FirstOrdinal[d]; ord < segment.FirstOrdinal[d + 1]; ord++)
            {
                if (_counts[ord] == 0) continue;
                var key = segment.Labels[ord];
                _totals[d][key] = _totals[d].GetValueOrDefault(key) + _counts[ord];
            }
        }
        _segment = null;
    }
}
