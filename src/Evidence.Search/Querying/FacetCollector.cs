using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// Counts facet values over every matching document from doc values (Lucene.Net.Facet is not available
/// here). Ordinals are counted per segment in arrays and turned into strings once per segment; levels and
/// years are counted in arrays too, since this runs for every hit of every search (a free-text query can
/// match most of the library).
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private static readonly string[] Dimensions = [IndexFields.Condition, IndexFields.Outcome, IndexFields.Design];

    private readonly Dictionary<string, int>[] _totals = [.. Dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    // Level is 1..5 and year 1800..next year (the loader enforces both); anything else is counted aside.
    private const int FirstYear = 1800;
    private readonly int[] _levels = new int[8];
    private readonly int[] _years = new int[400];
    private readonly Dictionary<int, int> _otherLevels = [];
    private readonly Dictionary<int, int> _otherYears = [];
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
        if (_level is not null) Increment(_levels, _otherLevels, (int)_level.Get(doc), 0);
        if (_year is not null) Increment(_years, _otherYears, (int)_year.Get(doc), FirstYear);
    }

    public FacetCounts Result()
    {
        FlushSegment();
        return new FacetCounts(_totals[0], _totals[1], _totals[2], Counts(_levels, _otherLevels, 0), Counts(_years, _otherYears, FirstYear));
    }

    private static void Increment(int[] counts, Dictionary<int, int> others, int value, int first)
    {
        var slot = value - first;
        if ((uint)slot < (uint)counts.Length) counts[slot]++;
        else others[value] = others.GetValueOrDefault(value) + 1;
    }

    private static Dictionary<int, int> Counts(int[] counts, Dictionary<int, int> others, int first)
    {
        var result = new Dictionary<int, int>(others);
        for (var slot = 0; slot < counts.Length; slot++)
        {
            if (counts[slot] > 0) result[slot + first] = counts[slot];
        }
        return result;
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
}
