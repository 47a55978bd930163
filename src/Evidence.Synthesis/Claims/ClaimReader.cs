using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Claims;

/// <summary>
/// The claim grammar: reads what a sentence asserts from vocabulary concepts and closed word classes
/// (<see cref="ClaimLexicon"/>), not from a list of example sentences.
/// <list type="number">
/// <item>Concepts are found first (longest match); words inside a concept never count as cues ("time to heal" is an outcome, not "heals").</item>
/// <item>The kind of assertion comes from the cues, in this order: absolute safety ("no side effects", "completely safe"); a
/// comparison (a comparative cue followed by "than"/"as"/"to" and a treatment); the first remaining assertion cue: harm
/// ("causes", "risk of", "side effects", or a harm named with "common"/"rare"), benefit, worse, no effect, absolute efficacy
/// ("cures", or benefit with "permanently"), or "safe".</item>
/// <item>A negation ("not", "never", "doesn't", "no") negates the first cue at most three words after it in the same clause:
/// "does not improve" is no effect, "no better than" the same as, "not as good as" worse than, "does not cause" a negated harm.</item>
/// <item>A hedge ("may", "might", "can", "possibly") before the assertion marks the claim hedged; a frequency word sets how often a harm is said to happen.</item>
/// <item>Words that are neither concepts, cues nor fillers are returned as not understood.</item>
/// </list>
/// </summary>
internal sealed class ClaimReader(ConceptVocabulary vocabulary)
{
    private readonly ConceptMatcher _matcher = new(vocabulary);

    private static readonly CueClass[] Comparatives = [CueClass.Better, CueClass.AsGoodAs, CueClass.Same, CueClass.WorseThan, CueClass.Worse];

    private static readonly CueClass[] Assertions =
        [CueClass.Harm, CueClass.GenericHarm, CueClass.Benefit, CueClass.Decrease, CueClass.Increase, CueClass.Worse, CueClass.NoEffect, CueClass.AbsoluteEfficacy, CueClass.Safe, CueClass.Prevention];

    public ReadClaim Read(string claim)
    {
        var words = ClaimText.Read(claim);
        var keys = words.Select(w => w.Key).ToArray();
        var spans = _matcher.Match(words);
        var inSpan = new bool[words.Length];
        foreach (var span in spans) for (var k = span.Start; k < span.End; k++) inSpan[k] = true;
        var cues = ClaimLexicon.Match(keys, inSpan).Select(c => new Cue(c.Start, c.End, c.Class)).ToList();
        // A concept named only by words of harm in general ("side effects", "risks") is itself a harm cue.
        var generic = spans.Where(s => IsGenericHarm(keys[s.Start..s.End])).ToList();
        cues.AddRange(generic.Select(s => new Cue(s.Start, s.End, CueClass.GenericHarm)));
        // Such a concept can also be a likelihood ("the risk of infection"), whose verb says which way it moves.
        cues.AddRange(generic.Where(s => ClaimLexicon.SaysLikelihood(keys[s.Start..s.End])).Select(s => new Cue(s.Start, s.End, CueClass.Likelihood)));
        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        var parse = new Parse(words, spans, generic, cues);
        return parse.Read();
    }

    private static bool IsGenericHarm(string[] words) =>
        words.Length > 0 && ClaimLexicon.Match(words, new bool[words.Length]).Any(c => c.Class == CueClass.GenericHarm && c.Start == 0 && c.End == words.Length);

    internal readonly record struct Cue(int Start, int End, CueClass Class);

    private sealed class Parse(ClaimWord[] words, List<ConceptSpan> spans, List<ConceptSpan> generic, List<Cue> cues)
    {
        private readonly HashSet<int> _cueWords = [.. cues.SelectMany(c => Enumerable.Range(c.Start, c.End - c.Start))];

        public ReadClaim Read()
        {
            var hedges = cues.Where(c => c.Class == CueClass.Hedge).ToList();
            var frequency = cues.FirstOrDefault(c => c.Class is CueClass.Common or CueClass.Rare);
            var specificHarms = spans.Where(s => s.Is(ConceptKind.AdverseEvent) && !generic.Contains(s)).ToList();

            var absoluteSafety = AbsoluteSafety();
            if (absoluteSafety is { } safety)
            {
                // "no risk of infection" names the harm: a negated harm claim about infection. So does "does not increase
                // the risk of scarring" when what the risk is of is a condition: the condition is the harm.
                var named = specificHarms.FirstOrDefault()
                    ?? (ClaimLexicon.SaysLikelihood([.. words[safety.Start..safety.End].Select(w => w.Key)]) && ObjectAfter(safety.End) is { } of
                        && of.Is(ConceptKind.Condition) && of.Start - safety.End <= 1 ? of : null);
                if (named is not null)
                {
                    var negatedHarm = Harm(safety, negated: true, named, null);
                    var raising = cues.Where(c => c.Class is CueClass.Increase && c.End <= safety.Start && safety.Start - c.End <= 2).ToArray();
                    return negatedHarm with { AlsoAsserts = Without(negatedHarm.AlsoAsserts, raising) };
                }
                return Claim(AssertionKind.AbsoluteSafety, safety) with { Negated = false };
            }

            if (Comparison() is { } comparison) return comparison;

            var main = cues.FirstOrDefault(c => Assertions.Contains(c.Class));
            // "Infection is a common side effect", "scarring after microneedling is rare": how often a harm happens. A
            // condition is the harm only when a treatment is named ("acne scars are common" alone says nothing of one).
            var often = specificHarms.FirstOrDefault() ?? (spans.Any(s => s.Is(ConceptKind.Intervention)) ? FirstCondition() : null);
            if (main == default && frequency != default && often is not null)
                return Harm(frequency, Negated(frequency), often, frequency);
            if (main == default && SaidOfTheTreatment(specificHarms) is { } said)
                return Harm(said, Negated(said), specificHarms[0], null) with { Hedged = hedges.Any(h => h.Start < said.Start) };
            if (main == default)
                return Claim(AssertionKind.NotUnderstood, null);
            // "helps prevent scars", "is effective in preventing falls": an assertion that governs a prevention is one.
            var prevention = cues.FirstOrDefault(c => c.Class is CueClass.Prevention && SameClause(Math.Min(c.Start, main.Start), Math.Max(c.Start, main.Start)));
            if (prevention != default) return PreventionClaim(main, prevention);
            var negated = Negated(main);
            var hedged = hedges.Any(h => h.Start < main.Start);
            // "raises the risk of infection", "lowers the chance of scarring": the verb moves how likely what follows is
            // to happen. More of it is a harm claim, less of it a claim of prevention; never a benefit or harm of the
            // condition itself.
            var likelihood = cues.FirstOrDefault(c => c.Class is CueClass.Likelihood && ShortlyAfter(main, c, 2));
            if (likelihood != default && main.Class is CueClass.Decrease) return PreventionClaim(main, likelihood);
            // "produces less scarring than laser", "gives fewer breakouts": a verb of making whose amount is less is never
            // "more of it" (which would read as making the condition worse).
            if (main.Class is CueClass.Increase && cues.Any(c => c.Class is CueClass.Decrease && ShortlyAfter(main, c, 1)))
                return Claim(AssertionKind.NotUnderstood, main) with { Note = "The claim says the treatment leaves less of something, or less than another treatment does; amounts of a condition or a harm are not checked yet, so no verdict is given." };
            if (likelihood != default && main.Class is CueClass.Increase)
            {
                var increased = Harm(likelihood, negated, specificHarms.FirstOrDefault() ?? FirstCondition(), frequency == default ? null : frequency) with { Hedged = hedged };
                return increased with { AlsoAsserts = Without(increased.AlsoAsserts, main, likelihood) };
            }

            // "increases cartilage loss", "worsens hyperpigmentation": more of what the vocabulary records as an adverse event
            // is a harm claim about it, also when the concept is an outcome or a condition the treatment is used for.
            // Findings that the treatment improves it are evidence of benefit, and never decide a harm claim.
            if (main.Class is CueClass.Increase or CueClass.Worse && ObjectAfter(main.End) is { } harmed && harmed.Is(ConceptKind.AdverseEvent)
                && !generic.Contains(harmed))
                return Harm(main, negated, harmed, frequency == default ? null : frequency) with { Hedged = hedged };

            ReadClaim read;
            switch (main.Class)
            {
                case CueClass.Harm or CueClass.GenericHarm:
                    // "reduces the risk of falls", "leads to fewer falls": prevention of a harm, which no rule here decides.
                    if (cues.Any(c => c.Class is CueClass.Decrease && Math.Abs(c.Start - main.Start) <= 3 && SameClause(Math.Min(c.Start, main.Start), Math.Max(c.Start, main.Start))))
                        return PreventionClaim(main);
                    // "causes improvement in acne scars", "leads to better mobility": a causal verb whose object is an
                    // improvement asserts the improvement, never a harm. Not "more", which is also an amount: "causes more
                    // scarring" is a harm.
                    var improvement = cues.FirstOrDefault(c => c.Class is CueClass.Benefit or CueClass.Better && ShortlyAfter(main, c, 2)
                        && !cues.Any(amount => amount.Class is CueClass.Increase && amount.Start == c.Start));
                    if (main.Class is CueClass.Harm && improvement != default)
                    {
                        read = Benefit(negated ? AssertionKind.NoEffect : AssertionKind.Benefit, improvement, negated);
                        read = read with { AlsoAsserts = Without(read.AlsoAsserts, main) };
                        break;
                    }
                    // "leaves scars" names a harm it leaves (a condition or an adverse event, as "causes" does); "leaves skin
                    // smoother" a result, which is no harm.
                    if (words[main.Start].Key == "leave" && (ObjectAfter(main.End) is not { } left || !left.Is(ConceptKind.AdverseEvent) && !left.Is(ConceptKind.Condition)))
                        return Claim(AssertionKind.NotUnderstood, main) with { Note = "The claim says what the treatment leaves behind; only a harm the vocabulary records is checked, so no verdict is given." };
                    var harm = specificHarms.FirstOrDefault() ?? FirstCondition();
                    // "triggers hair regrowth", "causes knee pain" where knee pain is only an outcome: what follows the verb
                    // is a measure, not a harm, and no words are left to name one. Read as harm in general, every
                    // adverse-event report would have answered it.
                    if (harm is null && generic.Count == 0 && Unknown(main.End, words.Length).Count == 0 && ObjectAfter(main.End) is { } measure)
                        return Claim(AssertionKind.NotUnderstood, main) with { Note = $"The claim says the treatment {Phrase([main.Start, main.End - 1])} {measure.Matched}, which is not a harm the library records; say which harm, or whether the treatment improves or worsens it." };
                    return Harm(main, negated, harm, frequency == default ? null : frequency) with { Hedged = hedged };
                case CueClass.Prevention:
                    // "prevents back pain", "protects against infection": fewer new cases of a condition or a harm.
                    return PreventionClaim(main);
                case CueClass.Safe:
                    read = Claim(AssertionKind.Safety, main) with { Negated = negated };
                    break;
                case CueClass.AbsoluteEfficacy:
                    read = Benefit(AssertionKind.AbsoluteEfficacy, main, negated);
                    break;
                case CueClass.NoEffect:
                    read = Benefit(negated ? AssertionKind.Benefit : AssertionKind.NoEffect, main, false);
                    break;
                case CueClass.Worse:
                    read = Benefit(AssertionKind.Worse, main, negated);
                    break;
                default:
                    var absolute = cues.Any(c => c.Class is CueClass.AbsoluteModifier || c.Class is CueClass.Intensifier && Math.Abs(c.Start - main.Start) <= 2);
                    // More of a condition is worse ("increases acne scars"); more of an outcome is better ("increases hair count").
                    var worse = main.Class is CueClass.Increase && ObjectAfter(main.End) is { } target && target.Is(ConceptKind.Condition);
                    read = absolute ? Benefit(AssertionKind.AbsoluteEfficacy, main, negated)
                        : worse ? Benefit(AssertionKind.Worse, main, negated)
                        : Benefit(negated ? AssertionKind.NoEffect : AssertionKind.Benefit, main, negated);
                    break;
            }
            if (read.Condition is null && read.Outcome is null && specificHarms.Count > 0)
            {
                // "worsens redness", "increases soreness": more of a harm is a harm claim about it.
                if (main.Class is CueClass.Worse or CueClass.Increase)
                    return Harm(main, negated, specificHarms[0], frequency == default ? null : frequency) with { Hedged = hedged };
                // "lowers the chance of falls": a benefit whose only object is a harm is a claim of prevention.
                return PreventionClaim(main);
            }
            return read with { Hedged = hedged };
        }

        /// <summary>A claim of prevention, whose own words (<paramref name="construction"/>) are not listed as further assertions.</summary>
        private ReadClaim PreventionClaim(params Cue[] construction)
        {
            var read = Claim(AssertionKind.NotUnderstood, construction[0]) with { Note = Prevention };
            return read with { AlsoAsserts = Without(read.AlsoAsserts, construction) };
        }

        /// <summary>Whether <paramref name="cue"/> starts at most <paramref name="within"/> words after <paramref name="main"/> ends, in its clause.</summary>
        private bool ShortlyAfter(Cue main, Cue cue, int within) => cue.Start >= main.End && cue.Start - main.End <= within && SameClause(main.Start, cue.Start);

        private List<string> Without(IReadOnlyList<string> asserted, params Cue[] construction) =>
            [.. asserted.Except(construction.Select(c => string.Join(' ', words[c.Start..c.End].Select(w => w.Text))))];

        private const string Prevention =
            "The claim says the treatment prevents a condition or lowers a harm; claims of prevention (fewer new cases) are not checked yet, so no verdict is given.";

        /// <summary>"no side effects", "completely safe", "risk-free", "harmless", "doesn't have any side effects".</summary>
        private Cue? AbsoluteSafety()
        {
            foreach (var cue in cues)
            {
                if (cue.Class is CueClass.AbsoluteSafety) return cue;
                if (cue.Class is CueClass.Safe && cues.Any(c => c.Class is CueClass.Intensifier && c.End <= cue.Start && cue.Start - c.End <= 1)) return cue;
                if (cue.Class is CueClass.GenericHarm && Negated(cue)) return cue;
                // "risk-free", "side-effect free": the harm word was read as a concept, so "free" follows it.
                if (cue.Class is CueClass.GenericHarm && cue.End < words.Length && words[cue.End].Key == "free") return cue;
            }
            return null;
        }

        /// <summary>A comparative cue, then "than"/"as"/"to"/"versus" within four words, then a treatment (or words the vocabulary lacks).</summary>
        private ReadClaim? Comparison()
        {
            // "safer than", "causes more redness than": harms compared between treatments, which no rule here decides.
            var harmComparison = cues.FirstOrDefault(c => c.Class is CueClass.Safe or CueClass.Better or CueClass.WorseThan or CueClass.Decrease
                && cues.Any(m => m.Class is CueClass.ComparatorMarker && words[m.Start].Key == "than" && m.Start >= c.End && m.Start - c.End <= 4)
                && (c.Class is CueClass.Safe || spans.Any(s => s.Is(ConceptKind.AdverseEvent)) || generic.Count > 0));
            if (harmComparison != default)
                return Claim(AssertionKind.NotUnderstood, harmComparison) with { Note = "The claim compares the harms of two treatments; comparisons of harms are not checked yet, so no verdict is given." };
            foreach (var cue in cues.Where(c => Comparatives.Contains(c.Class)))
            {
                var marker = ClaimLexicon.TakesItsObject([.. words[cue.Start..cue.End].Select(w => w.Key)])
                    ? new Cue(cue.End, cue.End, CueClass.ComparatorMarker)
                    : cues.FirstOrDefault(c => c.Class is CueClass.ComparatorMarker && c.Start >= cue.End && c.Start - cue.End <= 4);
                if (marker == default) continue;
                var next = spans.FirstOrDefault(s => s.Start >= marker.End);
                var unknown = Unknown(marker.End, next?.Start ?? words.Length);
                if (next is { } n && !n.Is(ConceptKind.Intervention) && unknown.Count == 0) continue;
                var comparator = next is { } c2 && c2.Is(ConceptKind.Intervention) && unknown.Count == 0 ? c2 : null;
                var negated = Negated(cue);
                ClaimedComparison? claimed = (cue.Class, negated) switch
                {
                    (CueClass.Better, false) => ClaimedComparison.Better,
                    (CueClass.Better, true) => ClaimedComparison.Same,
                    (CueClass.AsGoodAs, false) => ClaimedComparison.AsGoodAs,
                    (CueClass.AsGoodAs, true) => ClaimedComparison.Worse,
                    (CueClass.Same, false) => ClaimedComparison.Same,
                    (CueClass.WorseThan or CueClass.Worse, false) => ClaimedComparison.Worse,
                    (CueClass.WorseThan or CueClass.Worse, true) => ClaimedComparison.AsGoodAs,
                    _ => null,
                };
                if (claimed is null)
                    return Claim(AssertionKind.NotUnderstood, cue) with { Note = "\"Not the same as\" does not say which is better." };
                var intervention = spans.FirstOrDefault(s => s.Is(ConceptKind.Intervention) && s != comparator);
                return Base(AssertionKind.Comparative, cue, intervention, comparator) with
                {
                    Comparison = claimed,
                    Condition = FirstCondition(),
                    Outcome = spans.FirstOrDefault(s => s.Is(ConceptKind.Outcome) && !s.Is(ConceptKind.Condition)),
                    Negated = negated,
                    Hedged = cues.Any(h => h.Class == CueClass.Hedge && h.Start < cue.Start),
                    ComparatorWords = comparator is null ? Phrase(unknown) : null,
                };
            }
            return null;
        }

        private ReadClaim Harm(Cue cue, bool negated, ConceptSpan? harm, Cue? frequency)
        {
            var intervention = spans.FirstOrDefault(s => s.Is(ConceptKind.Intervention));
            var claimed = frequency is { } f ? f.Class is CueClass.Rare ? ClaimedFrequency.Rare : ClaimedFrequency.Common
                : cues.Any(c => c.Class is CueClass.Intensifier && words[c.Start].Key == "always") ? ClaimedFrequency.Common : (ClaimedFrequency?)null;
            var condition = spans.FirstOrDefault(s => s.Is(ConceptKind.Condition) && s != harm);
            var otherHarms = spans.Where(s => s.Is(ConceptKind.AdverseEvent) && s != harm && !generic.Contains(s)).Select(s => s.Matched).ToList();
            var read = Base(AssertionKind.Harm, cue, intervention, null);
            return read with
            {
                AlsoAsserts = [.. read.AlsoAsserts, .. otherHarms],
                Harm = harm,
                HarmIsGeneric = harm is null && generic.Count > 0,
                Condition = condition,
                Frequency = claimed,
                Negated = negated,
                HarmWords = harm is null && generic.Count == 0 ? Phrase(Unknown(cue.End, words.Length)) : null,
            };
        }

        private ReadClaim Benefit(AssertionKind kind, Cue cue, bool negated)
        {
            var intervention = spans.FirstOrDefault(s => s.Is(ConceptKind.Intervention));
            var condition = FirstCondition();
            var outcome = spans.FirstOrDefault(s => s.Is(ConceptKind.Outcome) && !s.Is(ConceptKind.Condition));
            var objectWords = condition is null && outcome is null ? Phrase(Unknown(cue.End, words.Length)) : null;
            return Base(kind, cue, intervention, null) with { Condition = condition, Outcome = outcome, Negated = negated, ObjectWords = objectWords };
        }

        private ReadClaim Claim(AssertionKind kind, Cue? cue) =>
            Base(kind, cue, spans.FirstOrDefault(s => s.Is(ConceptKind.Intervention)), null) with
            {
                Condition = FirstCondition(),
                Outcome = spans.FirstOrDefault(s => s.Is(ConceptKind.Outcome) && !s.Is(ConceptKind.Condition)),
                Harm = spans.FirstOrDefault(s => s.Is(ConceptKind.AdverseEvent) && !generic.Contains(s)),
                Hedged = cues.Any(c => c.Class == CueClass.Hedge),
            };

        private ReadClaim Base(AssertionKind kind, Cue? cue, ConceptSpan? intervention, ConceptSpan? comparator)
        {
            var cueWords = cue is { } c ? string.Join(' ', words[c.Start..c.End].Select(w => w.Text)) : null;
            var subjectEnd = cue?.Start ?? words.Length;
            return new ReadClaim(kind, cueWords, intervention, comparator)
            {
                NotUnderstood = [.. Unknown(0, words.Length).Select(i => words[i].Text)],
                Spans = spans,
                SubjectWords = intervention is null ? Phrase(Unknown(0, subjectEnd)) : null,
                AlsoAsserts = [.. cues.Where(o => Assertions.Contains(o.Class) && o != cue && ClassOf(o) != ClassOf(cue) && (ClassOf(cue) != 3 || ClassOf(o) == 1))
                    .Select(o => string.Join(' ', words[o.Start..o.End].Select(w => w.Text))).Distinct()],
            };
        }

        private static int ClassOf(Cue? cue) => cue?.Class switch
        {
            CueClass.Harm or CueClass.GenericHarm or CueClass.Safe => 1,
            CueClass.Benefit or CueClass.Decrease or CueClass.Increase or CueClass.AbsoluteEfficacy => 2,
            _ => 3,
        };

        /// <summary>
        /// "Microneedling is painful", "can be painful", "is not painful": a harm said of the treatment through a verb of
        /// being and nothing else, read as a harm claim whose cue is the harm's own words. Null when any other word stands
        /// between them ("microneedling for acne scars" names a topic, not a harm).
        /// </summary>
        private Cue? SaidOfTheTreatment(List<ConceptSpan> harms)
        {
            if (harms.Count == 0 || spans.FirstOrDefault(s => s.Is(ConceptKind.Intervention)) is not { } subject || harms[0].Start < subject.End) return null;
            var between = Enumerable.Range(subject.End, harms[0].Start - subject.End).ToList();
            bool Being(int i) => words[i].Key is "is" or "are" or "be" or "was" or "were" or "feel" or "felt";
            var onlyBeingHedgesAndNegations = between.All(i => Being(i) || cues.Any(c => c.Class is CueClass.Hedge or CueClass.Negation && i >= c.Start && i < c.End));
            return between.Any(Being) && onlyBeingHedgesAndNegations ? new Cue(harms[0].Start, harms[0].End, CueClass.Harm) : null;
        }

        private ConceptSpan? FirstCondition() => spans.FirstOrDefault(s => s.Is(ConceptKind.Condition));

        private ConceptSpan? ObjectAfter(int at) => spans.FirstOrDefault(s => s.Start >= at && !s.Is(ConceptKind.Intervention));

        /// <summary>
        /// A negation at most three words before the cue, with no clause break between; or "no" straight after it, before
        /// what it governs ("causes no scarring", "leaves no marks").
        /// </summary>
        private bool Negated(Cue cue) =>
            cues.Any(n => n.Class is CueClass.Negation
                && (n.End <= cue.Start && cue.Start - n.End <= 3 && SameClause(n.Start, cue.Start)
                    || n.Start == cue.End && n.End - n.Start == 1 && words[n.Start].Key is "no" or "zero"));

        private bool SameClause(int from, int to) => !Enumerable.Range(from + 1, Math.Max(0, to - from)).Any(i => i < words.Length && words[i].ClauseStart);

        /// <summary>The claim's own words from the first to the last of these positions: "bleeding in people on blood thinners".</summary>
        private string Phrase(List<int> positions) =>
            positions.Count == 0 ? "" : string.Join(' ', words[positions[0]..(positions[^1] + 1)].Select(w => w.Text));

        /// <summary>Word positions in [from, to) that are no concept, no cue and no filler.</summary>
        private List<int> Unknown(int from, int to) =>
            [.. Enumerable.Range(from, Math.Max(0, to - from))
                .Where(i => !spans.Any(s => i >= s.Start && i < s.End) && !_cueWords.Contains(i) && !ClaimLexicon.IsFiller(words[i].Key) && words[i].Key != "t")];
    }
}

/// <summary>The grammar's reading of a claim, with the claim's own words for the parts the vocabulary lacks.</summary>
internal sealed record ReadClaim(AssertionKind Kind, string? Cue, ConceptSpan? Intervention, ConceptSpan? Comparator)
{
    public ConceptSpan? Condition { get; init; }
    public ConceptSpan? Outcome { get; init; }
    public ConceptSpan? Harm { get; init; }
    public bool HarmIsGeneric { get; init; }
    public ClaimedComparison? Comparison { get; init; }
    public ClaimedFrequency? Frequency { get; init; }
    public bool Negated { get; init; }
    public bool Hedged { get; init; }
    public IReadOnlyList<string> NotUnderstood { get; init; } = [];
    public IReadOnlyList<string> AlsoAsserts { get; init; } = [];

    /// <summary>Every concept the claim names, including those the reading does not use ("in people on blood thinners").</summary>
    public IReadOnlyList<ConceptSpan> Spans { get; init; } = [];
    public string? Note { get; init; }

    /// <summary>Unrecognised words before the assertion, when no treatment was recognised.</summary>
    public string? SubjectWords { get; init; }
    public string? ComparatorWords { get; init; }
    public string? HarmWords { get; init; }
    public string? ObjectWords { get; init; }

    public RecognisedClaim ToRecognised()
    {
        Direction? direction = Kind switch
        {
            AssertionKind.Benefit or AssertionKind.AbsoluteEfficacy => Negated ? Corpus.Model.Direction.NoDifference : Corpus.Model.Direction.Improved,
            AssertionKind.NoEffect => Corpus.Model.Direction.NoDifference,
            AssertionKind.Worse => Negated ? null : Corpus.Model.Direction.Worsened,
            AssertionKind.Comparative => Comparison switch
            {
                ClaimedComparison.Better => Corpus.Model.Direction.Improved,
                ClaimedComparison.Worse => Corpus.Model.Direction.Worsened,
                _ => Corpus.Model.Direction.NoDifference,
            },
            _ => null,
        };
        return new RecognisedClaim(Intervention?.Recognised, Comparator?.Recognised, Condition?.Recognised, Outcome?.Recognised, direction,
            Kind is AssertionKind.AbsoluteEfficacy or AssertionKind.AbsoluteSafety)
        {
            Kind = Kind,
            Harm = Harm?.Recognised,
            Comparison = Comparison,
            Frequency = Frequency,
            Negated = Negated,
            Hedged = Hedged,
            Cue = Cue,
            NotUnderstood = NotUnderstood,
            AlsoAsserts = AlsoAsserts,
        };
    }
}
