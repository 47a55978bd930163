using Evidence.Corpus.Facts;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Comparisons;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Synthesis.Summaries;

/// <summary>
/// Summarises the sources on a condition like a Cochrane summary of findings: by outcome, and within each outcome by
/// comparison (treatment vs comparator, before-after kept as its own kind), each comparison with its own certainty
/// (see <see cref="CertaintyRule"/>); then the adverse events across every source on the condition, events looked for
/// and not seen kept apart from reports. With a requested treatment, a comparison counts when either arm is that
/// treatment, a form of it, or a combination that includes it (then marked indirect). Imported (unannotated) sources
/// have no findings and are never counted as evidence; drafts and partly verified sources are counted and flagged.
/// </summary>
/// <remarks>
/// It counts from each source's facts (<see cref="FactTable"/>: designs, levels, participants, directions, in one pass
/// over the rows on the condition, found through <see cref="FactTable.RowsOnCondition"/>) and reads whole records only
/// for the findings, reports and sources it lists, so its cost grows with the sources on the condition, not with the
/// library or with records decoded. Every listing keeps the order the rows were read in to break ties.
/// </remarks>
public sealed class OutcomeSummaryBuilder(ConceptVocabulary vocabulary)
{
    private readonly ComparisonClassifier _comparisons = new(vocabulary);

    public OutcomeSummary Build(IReadOnlyList<StudySummary> sources, string conditionId, IReadOnlyCollection<string>? outcomeIds = null, string? interventionId = null) =>
        Build([FactBlock.Of(sources)], conditionId, outcomeIds, interventionId);

    /// <summary>
    /// Questions with at least this many sources on the condition are counted in parallel: the sources, in reading
    /// order, are cut into one contiguous part per core, each part counted into its own tally, and the tallies merged in
    /// reading order, so the summary is the one a single pass gives. Smaller questions are counted on the calling thread.
    /// </summary>
    public int ParallelFromRows { get; init; } = 20_000;

    public OutcomeSummary Build(IReadOnlyList<FactBlock> blocks, string conditionId, IReadOnlyCollection<string>? outcomeIds = null, string? interventionId = null)
    {
        var question = new Question(vocabulary, conditionId, outcomeIds, interventionId);
        var parts = Parts(blocks.Select((block, b) => new Slice(block, b, question.For(block.Table))).ToList());
        var tallies = new Tally[parts.Length];
        if (parts.Length == 1) tallies[0] = Scan(parts[0]);
        else Parallel.For(0, parts.Length, p => tallies[p] = Scan(parts[p]));
        var tally = tallies[0];
        foreach (var part in tallies.Skip(1)) tally.Merge(part);

        var byOutcome = tally.Outcomes.Values.Select(Outcome)
            .OrderBy(o => o.Harm).ThenBy(o => o.Comparisons.Min(c => c.BestLevel)).ThenByDescending(o => o.Sources).ThenBy(o => o.Outcome.Label, StringComparer.Ordinal)
            .ToList();
        var harms = tally.Harms.Values.Select(Harm)
            .OrderByDescending(a => a.Sources).ThenByDescending(a => a.NotSeenTotal).ThenBy(a => a.Event.Label, StringComparer.Ordinal)
            .ToList();
        var flagged = tally.Flagged.Top().Select(row => row.Record()).Select(s => new FlaggedSource(s.Id, s.Title, Cautions.For(s)!)).ToList();

        return new OutcomeSummary(Ref(conditionId), interventionId is null ? null : Ref(interventionId), byOutcome, harms, flagged, tally.Flagged.Count, CertaintyRule.Description);
    }

    /// <summary>A block's rows on the condition, or a contiguous run of them.</summary>
    private readonly record struct Slice(FactBlock Block, int BlockIndex, Concepts Concepts, ReadOnlyMemory<int> Rows)
    {
        public Slice(FactBlock block, int blockIndex, Concepts concepts) : this(block, blockIndex, concepts, block.Table.RowsOnCondition(concepts.Condition)) { }
    }

    /// <summary>
    /// The slices cut into contiguous parts of the reading order, of about equal numbers of rows, one per core (one part
    /// when few): part p holds the rows at positions [p × size, (p + 1) × size).
    /// </summary>
    private List<Slice>[] Parts(List<Slice> slices)
    {
        var total = slices.Sum(s => s.Rows.Length);
        var count = total >= ParallelFromRows ? Math.Max(2, Environment.ProcessorCount) : 1;
        var size = Math.Max(1, (total + count - 1) / count);
        var parts = new List<Slice>[count];
        for (var p = 0; p < count; p++) parts[p] = [];
        var at = 0;
        foreach (var slice in slices)
        {
            for (var from = 0; from < slice.Rows.Length;)
            {
                var part = (at + from) / size;
                var take = Math.Min(slice.Rows.Length - from, (part + 1) * size - (at + from));
                parts[part].Add(slice with { Rows = slice.Rows.Slice(from, take) });
                from += take;
            }
            at += slice.Rows.Length;
        }
        return parts;
    }

    /// <summary>One pass over a part's live rows on the condition: their findings and their adverse events.</summary>
    private Tally Scan(List<Slice> part)
    {
        var tally = new Tally();
        foreach (var (block, blockIndex, concepts, rows) in part)
        {
            var table = block.Table;
            var comparisons = new Dictionary<(int Outcome, int Intervention, int Comparator), ComparisonTally?>();
            foreach (var row in rows.Span)
            {
                if (!block.IsLive(row) || !concepts.OnTreatment(table, row)) continue;
                var source = new SourceRow(block, blockIndex, row);
                var firstFinding = table.FindingStart[row];
                var isEvidence = false;
                for (var f = firstFinding; f < table.FindingStart[row + 1]; f++)
                {
                    if (!concepts.Condition[table.FindingConditions[f]] || !concepts.Outcome(table.FindingOutcomes[f])) continue;
                    var key = (table.FindingOutcomes[f], table.Treatment(row, f), table.FindingComparators[f]);
                    if (!comparisons.TryGetValue(key, out var comparison))
                        comparisons[key] = comparison = Comparison(tally, table, key, concepts.InterventionId);
                    if (comparison is null) continue;
                    comparison.Add(source, f - firstFinding, table.FindingDirections[f]);
                    isEvidence = true;
                }
                for (var a = table.AdverseStart[row]; a < table.AdverseStart[row + 1]; a++)
                {
                    var eventId = table.Concepts[table.AdverseEvents[a]];
                    if (!tally.Harms.TryGetValue(eventId, out var harm)) tally.Harms[eventId] = harm = new HarmTally(eventId);
                    harm.Add(source, a - table.AdverseStart[row], table.AdverseObserved[a], table.AdverseSeverities[a]);
                }
                if ((isEvidence || table.AdverseStart[row + 1] > table.AdverseStart[row]) && Cautions.Applies(table.Statuses[row], table.Verifications[row]))
                    tally.Flagged.Add(source);
            }
        }
        return tally;
    }

    /// <summary>The tally of one (outcome, treatment, comparator) in the question, or null when the comparison does not answer its treatment.</summary>
    private ComparisonTally? Comparison(Tally tally, FactTable table, (int Outcome, int Intervention, int Comparator) key, string? interventionId)
    {
        var comparison = _comparisons.Of(table.Concept(key.Intervention), table.Concept(key.Comparator));
        var fit = interventionId is null ? null : _comparisons.Fit(comparison, interventionId);
        if (interventionId is not null && fit is null) return null;
        var outcomeId = table.Concepts[key.Outcome];
        if (!tally.Outcomes.TryGetValue(outcomeId, out var outcome)) tally.Outcomes[outcomeId] = outcome = new OutcomeTally(outcomeId);
        if (!outcome.Comparisons.TryGetValue(comparison.Key, out var counted)) outcome.Comparisons[comparison.Key] = counted = new ComparisonTally(outcome, comparison, fit);
        return counted;
    }

    private OutcomeEvidence Outcome(OutcomeTally tally)
    {
        var outcome = Ref(tally.OutcomeId);
        var harm = _comparisons.IsHarm(tally.OutcomeId);
        var comparisons = tally.Comparisons.Values.Select(c => Comparison(c, outcome, harm))
            .OrderBy(c => c.Fit?.Directness ?? Directness.Direct).ThenBy(c => c.BestLevel).ThenByDescending(c => c.Sources)
            .ThenBy(c => c.Comparison.Label, StringComparer.Ordinal)
            .ToList();
        return new OutcomeEvidence(outcome, harm, tally.Sources.Count, comparisons, tally.Findings);
    }

    private ComparisonEvidence Comparison(ComparisonTally tally, ConceptRef outcome, bool harm)
    {
        var comparison = tally.Comparison;
        var participants = (tally.Participants, tally.ParticipantSources);
        var inconsistent = tally.Directions.Where((count, d) => count > 0 && (Direction)d != Direction.Unclear).Count() > 1 || tally.Directions[(int)Direction.Mixed] > 0;
        var (certainty, reasons) = CertaintyRule.Assess(comparison, tally.Fit, tally.BestLevel, participants, inconsistent, tally.Cautious, tally.Sources.Count);
        return new ComparisonEvidence(
            comparison,
            tally.Fit,
            tally.Sources.Count,
            [.. tally.DesignOrder.OrderBy(EvidenceLevel.DefaultFor).Select(d => new DesignCount(d, Names<StudyDesign>.Label(d), tally.Designs[(int)d]))],
            tally.Participants,
            tally.ParticipantSources,
            tally.BestLevel,
            [.. Enum.GetValues<Direction>().Where(d => tally.Directions[(int)d] > 0).Select(d => new DirectionTally(d, comparison.Reading(d, outcome, harm), tally.Directions[(int)d]))],
            certainty,
            reasons,
            [.. tally.Listed.Top().Select(Finding)],
            tally.Findings);
    }

    private SourceFinding Finding(Entry entry)
    {
        var source = entry.Source.Record();
        return SourceFinding.From(source, source.Findings[entry.Index], _comparisons);
    }

    private AdverseEventEvidence Harm(HarmTally tally) => new(
        Ref(tally.EventId),
        tally.SeenSources.Count,
        tally.Worst,
        Reports(tally.Seen), tally.Seen.Count,
        Reports(tally.NotSeen), tally.NotSeen.Count);

    private static IReadOnlyList<AdverseEventReport> Reports(Listed<Entry> entries) =>
        [.. entries.Top().Select(e => (e, Source: e.Source.Record())).Select(p =>
            new AdverseEventReport(p.Source.Id, Cite.Format(p.Source, CitationStyle.Ama), p.Source.AdverseEvents[p.e.Index].Frequency, p.Source.AdverseEvents[p.e.Index].Severity, Cautions.For(p.Source)))];

    private ConceptRef Ref(string id) => new(id, vocabulary.Find(id)?.Label ?? id);

    /// <summary>What a summary asks: the condition and its forms, the outcomes (null: all) and the treatment and its forms (null: any).</summary>
    private sealed class Question(ConceptVocabulary vocabulary, string conditionId, IReadOnlyCollection<string>? outcomeIds, string? interventionId)
    {
        private readonly HashSet<string> _conditions = vocabulary.SelfAndDescendants(conditionId).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string>? _interventions = interventionId is null ? null : vocabulary.SelfAndDescendants(interventionId).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string>? _outcomes = outcomeIds?.ToHashSet(StringComparer.Ordinal);

        /// <summary>The question's concepts as flags over one table's ordinals.</summary>
        public Concepts For(FactTable table) => new(
            interventionId,
            [.. table.Concepts.Select(_conditions.Contains)],
            _interventions is null ? null : [.. table.Concepts.Select(_interventions.Contains)],
            _outcomes is null ? null : [.. table.Concepts.Select(_outcomes.Contains)]);
    }

    private sealed class Concepts(string? interventionId, bool[] condition, bool[]? intervention, bool[]? outcome)
    {
        public string? InterventionId => interventionId;

        public bool[] Condition { get; } = condition;

        public bool Outcome(int ordinal) => outcome is null || outcome[ordinal];

        /// <summary>
        /// A source is on the condition when it or one of its findings names the condition (or a form of it): the rows of
        /// <see cref="FactTable.RowsOnCondition"/>. With a treatment asked for, it or one of its findings must also name
        /// that treatment (or a form of it).
        /// </summary>
        public bool OnTreatment(FactTable table, int row) =>
            intervention is null || Any(table.Interventions, table.InterventionStart, row, intervention) || Any(table.FindingInterventions, table.FindingStart, row, intervention);

        private static bool Any(int[] values, int[] start, int row, bool[] flags)
        {
            for (var i = start[row]; i < start[row + 1]; i++)
                if (values[i] != FactTable.None && flags[values[i]]) return true;
            return false;
        }
    }

    /// <summary>A row of a block, which can read its whole record.</summary>
    private readonly record struct SourceRow(FactBlock Block, int BlockIndex, int Row)
    {
        public long Key => DistinctRows.Key(BlockIndex, Row);
        public StudySummary Record() => Block.Record(Row);
        public FactTable Table => Block.Table;
        public int Level => Table.Levels[Row];
        /// <summary>Newest first, undated last (as <c>OrderByDescending</c> of a nullable year puts them).</summary>
        public int Year => Table.Years[Row];
    }

    /// <summary>A finding or an adverse-event entry of a row (its index within the record): block, row and index are its place in reading order.</summary>
    private readonly record struct Entry(SourceRow Source, int Index, Severity Severity);

    /// <summary>
    /// The first <see cref="Listing.Limit"/> items by an order (a total order: ties are broken by reading order), kept
    /// while counting every item: a heap of the best so far with the worst on top, so an item worse than all of them
    /// costs one comparison.
    /// </summary>
    private sealed class Listed<T>(Comparison<T> order)
    {
        private readonly PriorityQueue<T, T> _best = new(Comparer<T>.Create((a, b) => order(b, a)));

        public int Count { get; private set; }

        public void Add(T item)
        {
            Count++;
            if (_best.Count < Listing.Limit) _best.Enqueue(item, item);
            else if (order(item, _best.Peek()) < 0) _best.EnqueueDequeue(item, item);
        }

        /// <summary>Counts another listing's items and keeps the best of both (its best are all that can be among them).</summary>
        public void Merge(Listed<T> other)
        {
            foreach (var (item, _) in other._best.UnorderedItems)
            {
                Add(item);
                Count--;
            }
            Count += other.Count;
        }

        public IReadOnlyList<T> Top()
        {
            var items = _best.UnorderedItems.Select(pair => pair.Element).ToList();
            items.Sort(order);
            return items;
        }
    }

    /// <summary>Strongest first: level, then newest, then reading order.</summary>
    private static int ByStrength(Entry a, Entry b) =>
        a.Source.Level != b.Source.Level ? a.Source.Level.CompareTo(b.Source.Level)
        : a.Source.Year != b.Source.Year ? b.Source.Year.CompareTo(a.Source.Year)
        : a.Source.BlockIndex != b.Source.BlockIndex ? a.Source.BlockIndex.CompareTo(b.Source.BlockIndex)
        : a.Source.Row != b.Source.Row ? a.Source.Row.CompareTo(b.Source.Row)
        : a.Index.CompareTo(b.Index);

    /// <summary>Worst first, then strongest.</summary>
    private static int BySeverity(Entry a, Entry b) => a.Severity != b.Severity ? b.Severity.CompareTo(a.Severity) : ByStrength(a, b);

    /// <summary>What a part of the library (or, merged, all of it) counts.</summary>
    private sealed class Tally
    {
        public Dictionary<string, OutcomeTally> Outcomes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, HarmTally> Harms { get; } = new(StringComparer.Ordinal);
        public Listed<SourceRow> Flagged { get; } = new((a, b) => string.CompareOrdinal(a.Table.Ids[a.Row], b.Table.Ids[b.Row]));

        /// <summary>
        /// Adds the tally of the next part in reading order: counts add up (a source is in one part only), listings keep
        /// their best, and what the part saw first that this tally has not seen comes after what it has.
        /// </summary>
        public void Merge(Tally part)
        {
            foreach (var (id, outcome) in part.Outcomes)
            {
                if (Outcomes.TryGetValue(id, out var mine)) mine.Merge(outcome);
                else Outcomes[id] = outcome;
            }
            foreach (var (id, harm) in part.Harms)
            {
                if (Harms.TryGetValue(id, out var mine)) mine.Merge(harm);
                else Harms[id] = harm;
            }
            Flagged.Merge(part.Flagged);
        }
    }

    private sealed class OutcomeTally(string outcomeId)
    {
        public string OutcomeId { get; } = outcomeId;
        public Dictionary<string, ComparisonTally> Comparisons { get; } = new(StringComparer.Ordinal);
        public DistinctRows Sources { get; } = new();
        public int Findings { get; set; }

        public void Merge(OutcomeTally part)
        {
            Sources.Merge(part.Sources);
            Findings += part.Findings;
            foreach (var (key, comparison) in part.Comparisons)
            {
                if (Comparisons.TryGetValue(key, out var mine)) mine.Merge(comparison);
                else Comparisons[key] = comparison;
            }
        }
    }

    private sealed class ComparisonTally(OutcomeTally outcome, Comparison comparison, QuestionFit? fit)
    {
        public Comparison Comparison { get; } = comparison;
        public QuestionFit? Fit { get; } = fit;
        public DistinctRows Sources { get; } = new();
        public int Findings => Listed.Count;
        public int BestLevel { get; private set; } = int.MaxValue;
        public int[] Designs { get; } = new int[Enum.GetValues<StudyDesign>().Length];
        /// <summary>The designs in the order their first source arrived (ties in level keep it).</summary>
        public List<StudyDesign> DesignOrder { get; } = [];
        public int Participants { get; private set; }
        public int ParticipantSources { get; private set; }
        public int Cautious { get; private set; }
        public int[] Directions { get; } = new int[Enum.GetValues<Direction>().Length];
        public Listed<Entry> Listed { get; } = new(ByStrength);

        public void Add(SourceRow source, int finding, Direction direction)
        {
            outcome.Findings++;
            outcome.Sources.Add(source.Key);
            Directions[(int)direction]++;
            Listed.Add(new Entry(source, finding, default));
            if (!Sources.Add(source.Key)) return;
            var table = source.Table;
            var row = source.Row;
            BestLevel = Math.Min(BestLevel, table.Levels[row]);
            var design = table.Designs[row];
            if (Designs[(int)design]++ == 0) DesignOrder.Add(design);
            if (Summaries.Participants.IsPrimary(design) && table.SampleSizes[row] >= 0)
            {
                Participants += table.SampleSizes[row];
                ParticipantSources++;
            }
            if (table.Statuses[row] != ReviewStatus.Reviewed || table.Verifications[row] != Verification.Verified) Cautious++;
        }

        /// <summary>Adds the same comparison's tally from the next part (its outcome's counts are merged by the outcome).</summary>
        public void Merge(ComparisonTally part)
        {
            Sources.Merge(part.Sources);
            BestLevel = Math.Min(BestLevel, part.BestLevel);
            foreach (var design in part.DesignOrder)
                if (Designs[(int)design] == 0) DesignOrder.Add(design);
            for (var d = 0; d < Designs.Length; d++) Designs[d] += part.Designs[d];
            Participants += part.Participants;
            ParticipantSources += part.ParticipantSources;
            Cautious += part.Cautious;
            for (var d = 0; d < Directions.Length; d++) Directions[d] += part.Directions[d];
            Listed.Merge(part.Listed);
        }
    }

    private sealed class HarmTally(string eventId)
    {
        public string EventId { get; } = eventId;
        public DistinctRows SeenSources { get; } = new();
        public Severity Worst { get; private set; } = Severity.NotReported;
        public Listed<Entry> Seen { get; } = new(BySeverity);
        public Listed<Entry> NotSeen { get; } = new(BySeverity);

        public void Add(SourceRow source, int index, bool observed, Severity severity)
        {
            var entry = new Entry(source, index, severity);
            if (!observed)
            {
                NotSeen.Add(entry);
                return;
            }
            Seen.Add(entry);
            SeenSources.Add(source.Key);
            if (severity > Worst) Worst = severity;
        }

        public void Merge(HarmTally part)
        {
            SeenSources.Merge(part.SeenSources);
            if (part.Worst > Worst) Worst = part.Worst;
            Seen.Merge(part.Seen);
            NotSeen.Merge(part.NotSeen);
        }
    }
}
