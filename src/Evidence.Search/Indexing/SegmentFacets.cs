using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Evidence.Search.Indexing;

/// <summary>
/// One segment's facet values as plain arrays: for each document its condition, outcome and design ordinals in
/// one ordinal space, and its level and year. Doc values are read once per segment (when a searcher is opened,
/// see <see cref="WarmSearcherFactory"/>) instead of once per hit per search: a broad free-text query matches most of
/// the library, and counting its facets through SortedSetDocValues cost more than finding its top hits.
/// A segment's doc values never change, so the arrays are kept as long as the segment's core is alive.
/// </summary>
internal sealed class SegmentFacets
{
    public static readonly string[] Dimensions = [IndexFields.Condition, IndexFields.Outcome, IndexFields.Design];

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private SegmentFacets(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var dimensionValues = Dimensions.Select(reader.GetSortedSetDocValues).ToArray();
        FirstOrdinal = new int[Dimensions.Length + 1];
        var labels = new List<string>();
        var scratch = new Lucene.Net.Util.BytesRef();
        for (var d = 0; d < Dimensions.Length; d++)
        {
            FirstOrdinal[d] = labels.Count;
            if (dimensionValues[d] is not { } values) continue;
            for (var ord = 0L; ord < values.ValueCount; ord++)
            {
                values.LookupOrd(ord, scratch);
                labels.Add(scratch.Utf8ToString());
            }
        }
        FirstOrdinal[Dimensions.Length] = labels.Count;
        Labels = [.. labels];

        Starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc * 4);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            Starts[doc] = ordinals.Count;
            for (var d = 0; d < Dimensions.Length; d++)
            {
                if (dimensionValues[d] is not { } values) continue;
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ordinals.Add(FirstOrdinal[d] + (int)ord);
            }
        }
        Starts[maxDoc] = ordinals.Count;
        Ordinals = [.. ordinals];

        Levels = new byte[maxDoc];
        Years = new short[maxDoc];
        var level = reader.GetNumericDocValues(IndexFields.Level);
        var year = reader.GetNumericDocValues(IndexFields.Year);
        HarmTiers = new byte[maxDoc];
        HarmEntries = new byte[maxDoc];
        var harm = reader.GetNumericDocValues(IndexFields.HarmData);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            // The loader keeps levels to 1..5 and years to 1800..next year; anything else, or an undated source, counts as 0.
            Levels[doc] = level?.Get(doc) is long l and >= 0 and <= byte.MaxValue ? (byte)l : (byte)0;
            Years[doc] = year?.Get(doc) is long y and >= 0 and <= short.MaxValue ? (short)y : (short)0;
            (HarmTiers[doc], HarmEntries[doc]) = harm is null ? (HarmData.None, (byte)0) : HarmData.Read(harm.Get(doc));
        }

        AllCounts = new int[Labels.Length];
        foreach (var ordinal in Ordinals) AllCounts[ordinal]++;
        AllLevels = new int[256];
        foreach (var value in Levels) AllLevels[value]++;
        AllYears = Years.Where(value => value != 0).GroupBy(value => (int)value).ToDictionary(group => group.Key, group => group.Count());
    }

    /// <summary>How many of the segment's documents, deleted ones included, have each ordinal.</summary>
    public int[] AllCounts { get; }

    /// <summary>How many of the segment's documents have each level (0: none).</summary>
    public int[] AllLevels { get; }

    /// <summary>How many of the segment's dated documents have each year.</summary>
    public Dictionary<int, int> AllYears { get; }

    /// <summary>The ordinals of document d are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    public int[] Ordinals { get; }

    /// <summary>Dimension d's ordinals run from FirstOrdinal[d] to FirstOrdinal[d + 1]; Labels gives each one's value.</summary>
    public int[] FirstOrdinal { get; }

    public string[] Labels { get; }

    public byte[] Levels { get; }

    public short[] Years { get; }

    /// <summary>Each document's <see cref="HarmData"/> tier.</summary>
    public byte[] HarmTiers { get; }

    /// <summary>Each document's number of harm entries (at most 255).</summary>
    public byte[] HarmEntries { get; }

    private float[]? _priorFactors;
    private float[]? _safetyFactors;

    /// <summary>
    /// The distinct factors by which the relevance prior weighs this segment's documents' scores
    /// (<see cref="Querying.LevelPrior.Weigh"/> of a score of 1), with a safety question's harm-data tiers or without;
    /// worked out once.
    /// </summary>
    public float[] PriorFactors(bool safety) => safety ? _safetyFactors ??= Factors(true) : _priorFactors ??= Factors(false);

    private float[] Factors(bool safety) => [.. Enumerable.Range(0, Levels.Length).Select(doc => Querying.LevelPrior.Weigh(this, doc, 1f, safety)).Distinct()];

    /// <summary>Most bytes a segment's <see cref="ValueSets"/> may take: past it a segment's facets are counted document by document.</summary>
    public const long ValueSetBudget = 16L << 20;

    private FacetValueSets? _valueSets;

    /// <summary>How many facet values the segment's documents have: ordinals, levels and years (one bitset each in <see cref="ValueSets"/>).</summary>
    public int ValueCount => Labels.Length + AllLevels.Count(count => count > 0) + AllYears.Count;

    /// <summary>
    /// For each facet value (ordinal, level, year) the segment's documents that have it, as bitsets, built on first use;
    /// null when they would take more than <see cref="ValueSetBudget"/> (a segment with thousands of values).
    /// </summary>
    public FacetValueSets? ValueSets
    {
        get
        {
            // Built once (two threads may both build it; either copy is right). FacetValueSets.None stands for "too large".
            if (_valueSets is null)
                _valueSets = (long)ValueCount * ((Levels.Length + 63) / 64) * sizeof(long) > ValueSetBudget ? FacetValueSets.None : FacetValueSets.Of(this);
            return ReferenceEquals(_valueSets, FacetValueSets.None) ? null : _valueSets;
        }
    }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));
}

/// <summary>A segment's documents for each facet value: each ordinal's, each level's and each year's (undated: none).</summary>
internal sealed record FacetValueSets(Lucene.Net.Util.FixedBitSet[] Ordinals, (int Level, Lucene.Net.Util.FixedBitSet Docs)[] Levels, (int Year, Lucene.Net.Util.FixedBitSet Docs)[] Years)
{
    public static readonly FacetValueSets None = new([], [], []);

    public static FacetValueSets Of(SegmentFacets segment)
    {
        var maxDoc = segment.Levels.Length;
        var ordinals = segment.Labels.Select(_ => new Lucene.Net.Util.FixedBitSet(maxDoc)).ToArray();
        var levels = new Dictionary<int, Lucene.Net.Util.FixedBitSet>();
        var years = new Dictionary<int, Lucene.Net.Util.FixedBitSet>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            for (int i = segment.Starts[doc], end = segment.Starts[doc + 1]; i < end; i++) ordinals[segment.Ordinals[i]].Set(doc);
            var level = segment.Levels[doc];
            if (!levels.TryGetValue(level, out var levelDocs)) levels[level] = levelDocs = new Lucene.Net.Util.FixedBitSet(maxDoc);
            levelDocs.Set(doc);
            var year = segment.Years[doc];
            if (year == 0) continue;
            if (!years.TryGetValue(year, out var yearDocs)) years[year] = yearDocs = new Lucene.Net.Util.FixedBitSet(maxDoc);
            yearDocs.Set(doc);
        }
        return new FacetValueSets(ordinals, [.. levels.Select(pair => (pair.Key, pair.Value))], [.. years.Select(pair => (pair.Key, pair.Value))]);
    }
}
