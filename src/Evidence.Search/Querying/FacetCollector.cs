using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// Counts facet values over every matching document from doc values (Lucene.Net.Facet is not available
/// here). Ordinals are counted per segment in arrays and turned into strings once per segment.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private static readonly string[] Dimensions = [IndexFields.Condition, IndexFields.Outcome, IndexFields.Design];

    private readonly Dictionary<string, int>[] _totals = [.. Dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly Dictionary<int, int> _levels = [];
    private readonly Dictionary<int, int> _years = [];
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[Dimensions.Length];
    private readonly int[]?[] _segmentCounts = new int[]?[Dimensions.Length];
    private NumericDocValues? _level;
    private NumericDocValues? _year;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        for (var i = 0; i < Dimensions.Length; i++)
        {
            _values[i] = reader.GetSortedSetDocValues(Dimensions[i]);
            _segmentCounts[i] = _values[i] is { } values ? new int[values.ValueCount] : null;
        }
        _level = reader.GetNumericDocValues(IndexFields.Level);
        _year = reader.GetNumericDocValues(IndexFields.Year);
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) _segmentCounts[i]![ord]++;
        }
        if (_level is not null) Increment(_levels, (int)_level.Get(doc));
        if (_year is not null) Increment(_years, (int)_year.Get(doc));
    }

    public FacetCounts Result()
    {
        FlushSegment();
        return new FacetCounts(_totals[0], _totals[1], _totals[2], _levels, _years);
    }

    private void FlushSegment()
    {
        var scratch = new Lucene.Net.Util.BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values || _segmentCounts[i] is not { } counts) continue;
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, scratch);
                var key = scratch.Utf8ToString();
                _totals[i][key] = _totals[i].GetValueOrDefault(key) + counts[ord];
            }
            _values[i] = null;
            _segmentCounts[i] = null;
        }
    }

    private static void Increment(Dictionary<int, int> counts, int key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
