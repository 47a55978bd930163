using System.Runtime.CompilerServices;
using Evidence.Corpus.Facts;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Comparisons;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Synthesis.Claims;

/// <summary>The sources a claim needs: those on these treatments, and (when not empty) these conditions.</summary>
public sealed record ClaimSources(IReadOnlyList<string> Interventions, IReadOnlyList<string> Conditions);

/// <summary>
/// Checks a writer's sentence against the library. The claim grammar (<see cref="ClaimReader"/>) reads what it
/// asserts; the library's coverage is checked (a treatment, comparator, condition or harm it does not cover is said
/// so, with the nearest covered concepts, never answered from unrelated findings); then benefit and comparative
/// claims are decided by findings (<see cref="FindingRules"/>) and harm and safety claims by adverse-event reports
/// and harm results (<see cref="HarmRules"/>). Imported sources are listed as unannotated and never read for a direction.
/// </summary>
public sealed class ClaimChecker(ConceptVocabulary vocabulary)
{
    /// <summary>One reader per vocabulary: its term lists are built once, not on every request.</summary>
    private static readonly ConditionalWeakTable<ConceptVocabulary, ClaimReader> Readers = new();

    private readonly ClaimReader _reader = Readers.GetValue(vocabulary, v => new ClaimReader(v));
    private readonly ClaimWording _wording = new(vocabulary);
    private readonly ComparisonClassifier _comparisons = new(vocabulary);

    /// <summary>Recognises what the claim asserts.</summary>
    public RecognisedClaim Recognise(string claim) => _reader.Read(claim).ToRecognised();

    /// <summary>What to read from the library for this claim; null when the claim names no treatment.</summary>
    public ClaimSources? SourcesFor(string claim)
    {
        var read = _reader.Read(claim);
        if (read.Kind is AssertionKind.NotUnderstood) return null;
        var interventions = new[] { read.Intervention, read.Comparator }.OfType<ConceptSpan>().SelectMany(s => vocabulary.SelfAndDescendants(s.Concept.Id)).Distinct().ToList();
        var decidedByFindings = read.Kind is not (AssertionKind.Harm or AssertionKind.AbsoluteSafety or AssertionKind.Safety);
        var conditions = decidedByFindings && read.Condition is { } c ? vocabulary.SelfAndDescendants(c.Concept.Id) : [];
        if (interventions.Count == 0 && conditions.Count == 0) return null;
        return new ClaimSources(interventions, conditions);
    }

    /// <param name="claim">The sentence.</param>
    /// <param name="sources">The sources to read: at least those <see cref="SourcesFor"/> names.</param>
    /// <param name="sourcesNaming">How many sources in the whole library name a concept; by default counted over <paramref name="sources"/>.</param>
    public ClaimCheck Check(string claim, IReadOnlyList<StudySummary> sources, Func<string, int>? sourcesNaming = null) =>
        Check(claim, [FactBlock.Of(sources)], sourcesNaming ?? ClaimCoverage.From(sources));

    /// <summary>
    /// Checks a claim against the facts of the sources in <paramref name="blocks"/> (their live rows: at least those
    /// <see cref="SourcesFor"/> names). Every matching finding and report is weighed from the fact tables; whole records
    /// are read only for the evidence and sources the answer lists.
    /// </summary>
    public ClaimCheck Check(string claim, IReadOnlyList<FactBlock> blocks, Func<string, int> sourcesNaming)
    {
        var read = _reader.Read(claim);
        var recognised = read.ToRecognised();
        if (read.Kind is AssertionKind.NotUnderstood)
            return Answer(claim, recognised, Verdict.NotUnderstood, (read.Note ?? NotUnderstood) + Ignored(read));
        if (Uncovered(read, new ClaimCoverage(vocabulary, sourcesNaming), blocks) is { } missing)
            return Answer(claim, recognised, missing.Verdict, missing.Reason) with { NotCovered = missing.Part };

        var treatment = ClaimScope.For(vocabulary, read.Intervention!.Concept.Id);
        IClaimRules rules = read.Kind switch
        {
            AssertionKind.Harm or AssertionKind.AbsoluteSafety or AssertionKind.Safety => new HarmRules(vocabulary, _comparisons, read, treatment),
            AssertionKind.Comparative => new FindingRules(vocabulary, _wording, _comparisons, read, treatment, ClaimScope.For(vocabulary, read.Comparator!.Concept.Id)),
            _ => new FindingRules(vocabulary, _wording, _comparisons, read, treatment, null),
        };
        var sides = rules.Sort(blocks);
        var (verdict, directness) = sides.Decide();
        if (verdict is Verdict.InsufficientEvidence && read.Kind is not (AssertionKind.AbsoluteEfficacy or AssertionKind.Safety) && sides.Related.Count > 0
            && sides.Related.TrueForAll(e => e.Direction is Direction.Mixed))
            verdict = Verdict.Mixed;
        var reason = new ClaimReasons(_wording).For(read, treatment, sides, verdict, directness) + Ignored(read);
        var (unannotated, unannotatedTotal) = Unannotated(read, treatment, blocks);
        if (verdict is Verdict.InsufficientEvidence && unannotatedTotal > 0)
            reason += $" {ClaimWording.Count(unannotatedTotal, "imported source")} match but are not annotated yet: insufficient annotation.";
        IReadOnlyList<ClaimEvidence> Listed(List<ClaimItem> items) => Listing.First(items.Select(item => Shown(rules, blocks, item)));
        return new ClaimCheck(claim, recognised, verdict, reason, Listed(sides.Supporting), Listed(sides.Contradicting), Listed(sides.Related), unannotated)
        {
            Directness = directness,
            SupportingTotal = sides.Supporting.Count,
            ContradictingTotal = sides.Contradicting.Count,
            RelatedTotal = sides.Related.Count,
            UnannotatedTotal = unannotatedTotal,
        };
    }

    /// <summary>A listed piece, read from its record; indirect evidence moved aside by direct evidence says so.</summary>
    private static ClaimEvidence Shown(IClaimRules rules, IReadOnlyList<FactBlock> blocks, ClaimItem item)
    {
        var evidence = rules.Evidence(blocks[item.Block], item);
        return item.Moved ? evidence with { Bearing = evidence.Bearing + " Indirect (a combination treatment): shown, not counted, because direct evidence exists." } : evidence;
    }

    /// <summary>Imported sources on the claim's treatment (or its condition) with no annotated findings: counted, and the first listed.</summary>
    private static (IReadOnlyList<UnannotatedSource> Listed, int Total) Unannotated(ReadClaim read, ClaimScope treatment, IReadOnlyList<FactBlock> blocks)
    {
        var listed = new List<UnannotatedSource>();
        var total = 0;
        foreach (var block in blocks)
        {
            var table = block.Table;
            var treated = table.Mask(treatment.Contains);
            var condition = read.Condition is { } c ? table.Mask(id => id == c.Concept.Id) : null;
            for (var row = 0; row < table.Count; row++)
            {
                if (!block.IsLive(row) || table.IsAnnotated(row)) continue;
                if (!FactTable.Any(table.Interventions, table.InterventionStart[row], table.InterventionStart[row + 1], treated)
                    && !(condition is not null && FactTable.Any(table.Conditions, table.ConditionStart[row], table.ConditionStart[row + 1], condition))) continue;
                if (total++ >= Listing.Limit) continue;
                var source = block.Record(row);
                listed.Add(new UnannotatedSource(source.Id, source.Title, Cite.Format(source, CitationStyle.Ama)));
            }
        }
        return (listed, total);
    }

    private const string NotUnderstood =
        "The checker did not recognise what this sentence asserts, so it gives no verdict. It understands benefit (improves, reduces, " +
        "helps), no effect, worse, comparisons (better than, as good as, the same as, worse than), harms (can cause, risk of, side " +
        "effect), safety (no side effects, completely safe) and absolute efficacy (cures, permanently), with negations and hedges.";

    /// <summary>The part of the claim the library does not cover, or that the sentence leaves out.</summary>
    private (Verdict Verdict, string Reason, NotCovered? Part)? Uncovered(ReadClaim read, ClaimCoverage coverage, IReadOnlyList<FactBlock> blocks)
    {
        // Read only when something is missing: the treatments studied for the claim's condition, or in the sources read.
        IEnumerable<string> AlongsideTreatments()
        {
            if (read.Condition is not { } cond) return SourceRows(blocks).SelectMany(r => r.Table.ConceptsOf(r.Table.Interventions, r.Table.InterventionStart, r.Row));
            var conditions = vocabulary.SelfAndDescendants(cond.Concept.Id).ToHashSet(StringComparer.Ordinal);
            return SourceRows(blocks).SelectMany(r => Enumerable.Range(r.Table.FindingStart[r.Row], r.Table.FindingStart[r.Row + 1] - r.Table.FindingStart[r.Row])
                .Where(f => conditions.Contains(r.Table.Concepts[r.Table.FindingConditions[f]]))
                .Select(f => r.Table.Concept(r.Table.FindingInterventions[f])).OfType<string>());
        }
        if (read.Intervention is null)
        {
            if (string.IsNullOrEmpty(read.SubjectWords))
                return (Verdict.NotUnderstood, "No treatment was recognised in the claim, so no evidence can be matched to it.", null);
            return Missing("treatment", read.SubjectWords, coverage.Nearest(read.SubjectWords, ConceptKind.Intervention, AlongsideTreatments()));
        }
        if (!coverage.Covers(read.Intervention.Concept.Id))
            return Missing("treatment", read.Intervention.Matched, coverage.Nearest(read.Intervention.Matched, ConceptKind.Intervention, AlongsideTreatments()), known: true);
        var ofTreatment = ClaimScope.For(vocabulary, read.Intervention.Concept.Id);
        var treated = SourceRows(blocks).Where(r => r.Table.ConceptsOf(r.Table.Interventions, r.Table.InterventionStart, r.Row).Any(ofTreatment.Contains));
        // What the sources on the treatment name, lazily (each is read only if a suggestion needs it).
        IEnumerable<string> Of(Func<FactTable, (int[] Values, int[] Start)> column) => treated.SelectMany(r => column(r.Table) is var (values, start) ? r.Table.ConceptsOf(values, start, r.Row) : []);
        var treatedConditions = Of(t => (t.Conditions, t.ConditionStart));
        var treatedInterventions = Of(t => (t.Interventions, t.InterventionStart));
        IEnumerable<string> Observed() => treated.SelectMany(r => Enumerable.Range(r.Table.AdverseStart[r.Row], r.Table.AdverseStart[r.Row + 1] - r.Table.AdverseStart[r.Row])
            .Where(a => r.Table.AdverseObserved[a]).Select(a => r.Table.Concepts[r.Table.AdverseEvents[a]]));
        switch (read.Kind)
        {
            case AssertionKind.Comparative when read.Comparator is null:
                if (string.IsNullOrEmpty(read.ComparatorWords)) return (Verdict.NotUnderstood, "The claim compares the treatment with something the checker did not recognise.", null);
                return Missing("comparator", read.ComparatorWords, coverage.Nearest(read.ComparatorWords, ConceptKind.Intervention,
                    Of(t => (t.FindingComparators, t.FindingStart)).Where(c => !_comparisons.IsControl(c))));
            case AssertionKind.Comparative when !coverage.Covers(read.Comparator.Concept.Id):
                return Missing("comparator", read.Comparator.Matched, coverage.Nearest(read.Comparator.Matched, ConceptKind.Intervention, Of(t => (t.Comparators, t.ComparatorStart))), known: true);
            case AssertionKind.Harm when read.Harm is null && !string.IsNullOrEmpty(read.HarmWords):
                return Missing("harm", read.HarmWords, coverage.Nearest(read.HarmWords, ConceptKind.AdverseEvent, Observed()));
            case AssertionKind.Harm when read.Harm is { } harm && !coverage.Covers(harm.Concept.Id):
                return Missing("harm", harm.Matched, coverage.Nearest(harm.Matched, ConceptKind.AdverseEvent, Observed()), known: true);
            case AssertionKind.Benefit or AssertionKind.NoEffect or AssertionKind.Worse or AssertionKind.AbsoluteEfficacy when read.Condition is null && read.Outcome is null:
                if (string.IsNullOrEmpty(read.ObjectWords))
                    return (Verdict.NotUnderstood, "The claim does not say what the treatment improves (a condition or an outcome), so no finding can be matched to it.", null);
                return Missing("condition", read.ObjectWords, coverage.Nearest(read.ObjectWords, ConceptKind.Condition, treatedConditions));
        }
        if (read.Kind is not (AssertionKind.Harm or AssertionKind.AbsoluteSafety or AssertionKind.Safety))
        {
            if (read.Condition is { } c && !coverage.Covers(c.Concept.Id))
                return Missing("condition", c.Matched, coverage.Nearest(c.Matched, ConceptKind.Condition, treatedConditions), known: true);
        }
        // A concept the claim names beside its parts ("bleeding in people on blood thinners") narrows what it
        // asserts; when no source covers it, the library cannot speak to the claim as made.
        ConceptSpan?[] used = [read.Intervention, read.Comparator, read.Condition, read.Outcome, read.Harm];
        // Only treatments and conditions: a harm word beside the harm is the claim's generic "risk" or "side effects".
        if (read.Spans.FirstOrDefault(span => !used.Contains(span) && (span.Is(ConceptKind.Intervention) || span.Is(ConceptKind.Condition))
                && !coverage.Covers(span.Concept.Id)) is { } unused)
            return Missing(PartName(unused), unused.Matched, unused.Is(ConceptKind.Intervention)
                ? coverage.Nearest(unused.Matched, ConceptKind.Intervention, treatedInterventions)
                : coverage.Nearest(unused.Matched, ConceptKind.Condition, treatedConditions), known: true);
        return null;
    }

    /// <summary>The live rows of every block, in order: the sources a claim reads.</summary>
    private static IEnumerable<(FactTable Table, int Row)> SourceRows(IReadOnlyList<FactBlock> blocks) =>
        blocks.SelectMany(block => Enumerable.Range(0, block.Table.Count).Where(block.IsLive).Select(row => (block.Table, row)));

    private static string PartName(ConceptSpan span) => span.Is(ConceptKind.Intervention) ? "treatment" : "condition";

    /// <param name="known">True when the words name a vocabulary concept that no source is about; false when no concept matches them.</param>
    private static (Verdict, string, NotCovered?) Missing(string part, string words, IReadOnlyList<RecognisedConcept> nearest, bool known = false)
    {
        var reason = known
            ? $"The library has no source on the {part} \"{words}\", so it cannot check the claim."
            : $"The library has no concept for the {part} \"{words}\" and no source on it, so it cannot check the claim.";
        if (nearest.Count > 0) reason += $" Nearest {part}s it does cover: {string.Join(", ", nearest.Select(n => n.Label))}.";
        return (Verdict.NotCovered, reason, new NotCovered(part, words, nearest));
    }

    private static string Ignored(ReadClaim read)
    {
        var text = "";
        if (read.AlsoAsserts.Count > 0) text += $" The claim also says \"{string.Join("\", \"", read.AlsoAsserts)}\", which was not checked: check it as a claim of its own.";
        if (read.NotUnderstood.Count > 0) text += $" Words not understood, and not taken into account: {string.Join(", ", read.NotUnderstood.Select(w => $"\"{w}\""))}.";
        return text;
    }

    private static ClaimCheck Answer(string claim, RecognisedClaim recognised, Verdict verdict, string reason) =>
        new(claim, recognised, verdict, reason, [], [], [], []);
}
