using System.Buffers.Binary;
using System.Text;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Facts;

/// <summary>
/// The <see cref="SourceFacts"/> of a block of sources (an index segment, or a list in memory) as columns: one row per
/// source, concept ids as ordinals into <see cref="Concepts"/>, and each source's conditions, interventions, comparators,
/// findings and adverse events as a range of a shared array (<c>XStart[row]..XStart[row + 1]</c>). A block never
/// changes once built; a row without facts (a document written without them) has a null <see cref="Ids"/> entry
/// and empty ranges.
/// </summary>
public sealed class FactTable
{
    /// <summary>An ordinal for "none" (a finding without a stated treatment or comparator).</summary>
    public const int None = -1;

    public required int Count { get; init; }
    public required string[] Concepts { get; init; }
    public required string?[] Ids { get; init; }
    public required StudyDesign[] Designs { get; init; }
    public required byte[] Levels { get; init; }
    /// <summary>0 when the source has no year.</summary>
    public required int[] Years { get; init; }
    /// <summary>-1 when the sample size is not known.</summary>
    public required int[] SampleSizes { get; init; }
    public required ReviewStatus[] Statuses { get; init; }
    public required Verification[] Verifications { get; init; }
    public required int[] ConditionStart { get; init; }
    public required int[] Conditions { get; init; }
    public required int[] InterventionStart { get; init; }
    public required int[] Interventions { get; init; }
    public required int[] ComparatorStart { get; init; }
    public required int[] Comparators { get; init; }
    public required int[] FindingStart { get; init; }
    public required int[] FindingConditions { get; init; }
    public required int[] FindingOutcomes { get; init; }
    public required int[] FindingInterventions { get; init; }
    public required int[] FindingComparators { get; init; }
    public required Direction[] FindingDirections { get; init; }
    public required int[] AdverseStart { get; init; }
    public required int[] AdverseEvents { get; init; }
    public required bool[] AdverseObserved { get; init; }
    public required Severity[] AdverseSeverities { get; init; }
    public required FrequencyClass[] AdverseFrequencies { get; init; }

    public bool HasFacts(int row) => Ids[row] is not null;

    public int? Year(int row) => Years[row] == 0 ? null : Years[row];

    /// <summary>The concept id of an ordinal, or null for <see cref="None"/>.</summary>
    public string? Concept(int ordinal) => ordinal == None ? null : Concepts[ordinal];

    /// <summary>
    /// The treatment of finding <paramref name="finding"/> (an index into the finding columns): its own, or else its
    /// source's when the source names exactly one (the rule of <c>ComparisonClassifier.Of</c>); <see cref="None"/> otherwise.
    /// </summary>
    public int Treatment(int row, int finding) =>
        FindingInterventions[finding] != None ? FindingInterventions[finding]
        : InterventionStart[row + 1] - InterventionStart[row] == 1 ? Interventions[InterventionStart[row]]
        : None;

    /// <summary>Whether a source is annotated (has been read and summarised, not only imported).</summary>
    public bool IsAnnotated(int row) => Statuses[row] != ReviewStatus.Imported;

    /// <summary>For each concept ordinal, whether its id passes <paramref name="which"/>: a set test per concept, not per row.</summary>
    public bool[] Mask(Func<string, bool> which) => Array.ConvertAll(Concepts, id => which(id));

    /// <summary>The concept ids of a row's range of a column (<c>values[start[row]..start[row + 1]]</c>), in order, without "none".</summary>
    public IEnumerable<string> ConceptsOf(int[] values, int[] start, int row)
    {
        for (var i = start[row]; i < start[row + 1]; i++)
            if (values[i] != None) yield return Concepts[values[i]];
    }

    /// <summary>
    /// The rows that name a condition in <paramref name="mask"/>, their own or one of their findings', in row order: a
    /// question about one condition visits its sources instead of testing every row of a block. The lists per concept
    /// are built on first use and kept with the table (a block never changes).
    /// </summary>
    public ReadOnlyMemory<int> RowsOnCondition(bool[] mask)
    {
        var byConcept = LazyInitializer.EnsureInitialized(ref _rowsByCondition, RowsByCondition);
        var first = Array.IndexOf(mask, true);
        if (first < 0) return ReadOnlyMemory<int>.Empty;
        if (Array.IndexOf(mask, true, first + 1) < 0) return byConcept[first];
        var rows = new ulong[(Count + 63) / 64];
        var found = 0;
        for (var ordinal = first; ordinal < mask.Length; ordinal++)
        {
            if (!mask[ordinal]) continue;
            foreach (var row in byConcept[ordinal])
            {
                ref var word = ref rows[row >> 6];
                var bit = 1UL << row;
                if ((word & bit) == 0) found++;
                word |= bit;
            }
        }
        var union = new int[found];
        var next = 0;
        for (var w = 0; w < rows.Length; w++)
            for (var bits = rows[w]; bits != 0; bits &= bits - 1)
                union[next++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
        return union;
    }

    private int[][]? _rowsByCondition;

    private int[][] RowsByCondition()
    {
        var counts = new int[Concepts.Length];
        var lastRow = new int[Concepts.Length];
        Array.Fill(lastRow, -1);
        ForEachCondition((ordinal, _) => counts[ordinal]++);
        var rows = Array.ConvertAll(counts, count => new int[count]);
        Array.Clear(counts);
        Array.Fill(lastRow, -1);
        ForEachCondition((ordinal, row) => rows[ordinal][counts[ordinal]++] = row);
        return rows;

        // Each (condition, row) once, whether the row names it itself, in several findings, or both.
        void ForEachCondition(Action<int, int> visit)
        {
            for (var row = 0; row < Count; row++)
            {
                for (var i = ConditionStart[row]; i < ConditionStart[row + 1]; i++) Visit(Conditions[i], row);
                for (var i = FindingStart[row]; i < FindingStart[row + 1]; i++) Visit(FindingConditions[i], row);
            }

            void Visit(int ordinal, int row)
            {
                if (ordinal == None || lastRow[ordinal] == row) return;
                lastRow[ordinal] = row;
                visit(ordinal, row);
            }
        }
    }

    /// <summary>Whether any ordinal of <paramref name="values"/> in <c>[start, end)</c> is set in <paramref name="mask"/>.</summary>
    public static bool Any(int[] values, int start, int end, bool[] mask)
    {
        for (var i = start; i < end; i++)
            if (mask[values[i]]) return true;
        return false;
    }

    public static FactTable From(IReadOnlyList<StudySummary> sources)
    {
        var builder = new Builder(sources.Count);
        foreach (var source in sources) builder.Add(SourceFacts.Encode(source));
        return builder.Build();
    }

    /// <summary>Builds a table row by row from encoded facts (<see cref="SourceFacts.Encode"/>), in row order.</summary>
    public sealed class Builder(int capacity)
    {
        private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
        private readonly List<string> _concepts = [];
        private readonly List<string?> _ids = new(capacity);
        private readonly List<StudyDesign> _designs = new(capacity);
        private readonly List<byte> _levels = new(capacity);
        private readonly List<int> _years = new(capacity);
        private readonly List<int> _sampleSizes = new(capacity);
        private readonly List<ReviewStatus> _statuses = new(capacity);
        private readonly List<Verification> _verifications = new(capacity);
        private readonly Ranges _conditions = new(capacity), _interventions = new(capacity), _comparators = new(capacity);
        private readonly List<int> _findingStart = new(capacity + 1) { 0 };
        private readonly List<int> _findingConditions = [], _findingOutcomes = [], _findingInterventions = [], _findingComparators = [];
        private readonly List<Direction> _findingDirections = [];
        private readonly List<int> _adverseStart = new(capacity + 1) { 0 };
        private readonly List<int> _adverseEvents = [];
        private readonly List<bool> _adverseObserved = [];
        private readonly List<Severity> _adverseSeverities = [];
        private readonly List<FrequencyClass> _adverseFrequencies = [];

        /// <summary>A row with no facts (a document that carries none): counted nowhere.</summary>
        public void AddEmpty()
        {
            _ids.Add(null);
            _designs.Add(default);
            _levels.Add(0);
            _years.Add(0);
            _sampleSizes.Add(-1);
            _statuses.Add(ReviewStatus.Imported);
            _verifications.Add(default);
            _conditions.Close();
            _interventions.Close();
            _comparators.Close();
            _findingStart.Add(_findingConditions.Count);
            _adverseStart.Add(_adverseEvents.Count);
        }

        /// <summary>Adds one row; throws <see cref="InvalidDataException"/> when the bytes are not facts of this version.</summary>
        public void Add(ReadOnlySpan<byte> facts)
        {
            var reader = new SpanReader(facts, this);
            if (reader.Byte() != SourceFacts.Version) throw new InvalidDataException("source facts of another version");
            _ids.Add(reader.Text());
            _designs.Add((StudyDesign)reader.Byte());
            _levels.Add(reader.Byte());
            _years.Add(reader.Int32());
            _sampleSizes.Add(reader.Int32());
            _statuses.Add((ReviewStatus)reader.Byte());
            _verifications.Add((Verification)reader.Byte());
            for (var n = reader.Count(); n > 0; n--) _conditions.Values.Add(reader.Concept());
            _conditions.Close();
            for (var n = reader.Count(); n > 0; n--) _interventions.Values.Add(reader.Concept());
            _interventions.Close();
            for (var n = reader.Count(); n > 0; n--) _comparators.Values.Add(reader.Concept());
            _comparators.Close();
            for (var n = reader.Count(); n > 0; n--)
            {
                _findingConditions.Add(reader.Concept());
                _findingOutcomes.Add(reader.Concept());
                _findingInterventions.Add(reader.Concept());
                _findingComparators.Add(reader.Concept());
                _findingDirections.Add((Direction)reader.Byte());
            }
            _findingStart.Add(_findingConditions.Count);
            for (var n = reader.Count(); n > 0; n--)
            {
                _adverseEvents.Add(reader.Concept());
                _adverseObserved.Add(reader.Byte() != 0);
                _adverseSeverities.Add((Severity)reader.Byte());
                _adverseFrequencies.Add((FrequencyClass)reader.Byte());
            }
            _adverseStart.Add(_adverseEvents.Count);
        }

        public FactTable Build()
        {
            var ids = _ids.ToArray();
            return new FactTable
            {
                Count = ids.Length,
                Concepts = [.. _concepts],
                Ids = ids,
                Designs = [.. _designs],
                Levels = [.. _levels],
                Years = [.. _years],
                SampleSizes = [.. _sampleSizes],
                Statuses = [.. _statuses],
                Verifications = [.. _verifications],
                ConditionStart = [.. _conditions.Start],
                Conditions = [.. _conditions.Values],
                InterventionStart = [.. _interventions.Start],
                Interventions = [.. _interventions.Values],
                ComparatorStart = [.. _comparators.Start],
                Comparators = [.. _comparators.Values],
                FindingStart = [.. _findingStart],
                FindingConditions = [.. _findingConditions],
                FindingOutcomes = [.. _findingOutcomes],
                FindingInterventions = [.. _findingInterventions],
                FindingComparators = [.. _findingComparators],
                FindingDirections = [.. _findingDirections],
                AdverseStart = [.. _adverseStart],
                AdverseEvents = [.. _adverseEvents],
                AdverseObserved = [.. _adverseObserved],
                AdverseSeverities = [.. _adverseSeverities],
                AdverseFrequencies = [.. _adverseFrequencies],
            };
        }

        private int Ordinal(ReadOnlySpan<char> id)
        {
            if (id.IsEmpty) return None;
            var lookup = _ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(id, out var ordinal)) return ordinal;
            var text = id.ToString();
            _ordinals[text] = _concepts.Count;
            _concepts.Add(text);
            return _concepts.Count - 1;
        }

        private sealed class Ranges(int capacity)
        {
            public List<int> Start { get; } = new(capacity + 1) { 0 };
            public List<int> Values { get; } = [];
            public void Close() => Start.Add(Values.Count);
        }

        /// <summary>Reads the layout <see cref="SourceFacts.Encode"/> writes (BinaryWriter's: 7-bit lengths, UTF-8, little-endian).</summary>
        private ref struct SpanReader(ReadOnlySpan<byte> bytes, Builder builder)
        {
            private readonly ReadOnlySpan<byte> _bytes = bytes;
            private int _at;

            public byte Byte() => At(1)[0];

            public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(At(4));

            public int Count()
            {
                var value = 0;
                for (var shift = 0; shift < 35; shift += 7)
                {
                    var b = Byte();
                    value |= (b & 0x7F) << shift;
                    if (b < 0x80) return value >= 0 ? value : throw new InvalidDataException("negative length in source facts");
                }
                throw new InvalidDataException("bad length in source facts");
            }

            public string Text() => Encoding.UTF8.GetString(At(Count()));

            public int Concept()
            {
                var utf8 = At(Count());
                if (utf8.Length <= 256)
                {
                    Span<char> chars = stackalloc char[256];
                    return builder.Ordinal(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
                }
                return builder.Ordinal(Encoding.UTF8.GetString(utf8));
            }

            private ReadOnlySpan<byte> At(int length)
            {
                if (length > _bytes.Length - _at) throw new InvalidDataException("source facts end early");
                var span = _bytes.Slice(_at, length);
                _at += length;
                return span;
            }
        }
    }
}
