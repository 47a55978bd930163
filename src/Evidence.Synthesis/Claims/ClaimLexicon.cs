namespace Evidence.Synthesis.Claims;

/// <summary>The word classes of the claim grammar (see <see cref="ClaimReader"/>).</summary>
internal enum CueClass
{
    Negation,
    Hedge,
    Common,
    Rare,
    Intensifier,
    /// <summary>"improves", "helps", "treats", "is effective for".</summary>
    Benefit,
    /// <summary>"reduces", "lessens", "shrinks": less of the condition.</summary>
    Decrease,
    /// <summary>"increases", "boosts", "grows": more of the outcome (or, said of a condition, more of the condition).</summary>
    Increase,
    Worse,
    NoEffect,
    Better,
    AsGoodAs,
    Same,
    WorseThan,
    ComparatorMarker,
    Connector,
    /// <summary>"causes", "leads to", "risk of": the claim asserts a harm.</summary>
    Harm,
    /// <summary>"side effects", "complications", "risks": harm in general.</summary>
    GenericHarm,
    Safe,
    AbsoluteSafety,
    /// <summary>"cures", "eliminates", "gets rid of".</summary>
    AbsoluteEfficacy,
    /// <summary>"prevents", "protects against": fewer new cases, which no finding about treating a condition decides.</summary>
    Prevention,
    /// <summary>"risk", "chance", "odds": how likely what follows is to happen; the verb before says which way it moves.</summary>
    Likelihood,
    /// <summary>"permanently", "forever", "guaranteed": turns a benefit into an absolute one.</summary>
    AbsoluteModifier,
}

/// <summary>
/// The closed word classes of the claim grammar: which words negate, hedge, give a frequency, and which phrases
/// assert benefit, no effect, worsening, a comparison, a harm, or safety. Words are matched singularised
/// (<see cref="ClaimText"/>). A word outside these classes and outside the vocabulary is "not understood" and shown
/// to the reader; the grammar never falls back to "improves". Hand-written: no library here parses the assertion
/// of a health claim, and the classes follow the kinds a GRADE summary distinguishes (benefit, harm, comparison).
/// </summary>
internal static class ClaimLexicon
{
    private static readonly (CueClass Class, string[] Phrases)[] Classes =
    [
        (CueClass.Negation, ["not", "no", "never", "doesn t", "don t", "didn t", "isn t", "aren t", "wasn t", "won t", "can t", "cannot",
            "couldn t", "shouldn t", "without", "zero", "neither", "nor", "fail to", "fails to", "failed to", "none"]),
        (CueClass.Hedge, ["may", "might", "can", "could", "possibly", "potentially", "perhaps", "probably", "likely", "appear to", "appears to",
            "seem to", "seems to", "is thought to", "is said to", "reportedly", "suggest", "suggests", "some evidence", "possible", "potential"]),
        (CueClass.Common, ["common", "commonly", "often", "frequent", "frequently", "usually", "typically", "regularly", "most people",
            "many people", "very common", "the most common", "high", "big", "major"]),
        (CueClass.Rare, ["rare", "rarely", "seldom", "uncommon", "infrequent", "infrequently", "occasionally", "sometimes", "unusual",
            "in rare cases", "few people", "very rare", "low", "small", "tiny", "minimal", "slight"]),
        (CueClass.Intensifier, ["completely", "totally", "perfectly", "entirely", "absolutely", "fully", "100", "100 percent", "utterly", "always", "every time"]),
        (CueClass.Benefit, ["improve", "improved", "improvement", "improving", "help", "helped", "helping", "helpful", "treat", "treated", "treating", "heal",
            "heals", "healing", "benefit", "beneficial", "effective", "efficacious", "work", "work for", "worked", "working", "useful", "good for",
            "fix", "correct", "repair", "restore", "rejuvenate", "revitalise", "revitalize", "renew", "relief", "relieve", "ease", "alleviate",
            "soothe", "even out", "brighten", "tighten", "firm", "firm up", "lift", "plump", "smooth", "smooth out", "soften", "clear", "clear up",
            "fade", "fight", "combat", "tackle", "get better", "make better", "better for", "succeed", "successful"]),
        (CueClass.Decrease, ["reduce", "reduced", "reduction", "reducing", "decrease", "decreased", "lower", "lowered", "lessen", "diminish",
            "shrink", "minimise", "minimize", "cut", "less", "fewer"]),
        (CueClass.Increase, ["increase", "increased", "boost", "boosted", "stimulate", "promote", "raise", "enhance", "grow", "regrow", "thicken",
            "build", "produce", "more"]),
        (CueClass.Worse, ["worsen", "worsened", "worsening", "aggravate", "aggravated", "exacerbate", "exacerbated", "make worse", "make it worse",
            "make them worse", "deteriorate", "worse"]),
        (CueClass.NoEffect, ["no effect", "no benefit", "no difference", "no improvement", "no change", "no impact", "no good", "ineffective",
            "useless", "pointless", "doe nothing", "do nothing", "did nothing", "make no difference", "no use"]),
        (CueClass.Better, ["better", "more effective", "superior", "outperform", "beat", "surpass", "more successful", "better result",
            "better outcome", "stronger", "more benefit", "more"]),
        (CueClass.AsGoodAs, ["as good", "as effective", "as well", "at least as good", "at least as effective", "just as good", "just as effective",
            "non inferior", "no worse", "not worse", "as successful"]),
        (CueClass.Same, ["same", "the same result", "same result", "same effect", "same outcome", "equivalent", "equal", "equally", "comparable",
            "similar", "similar result", "identical", "no different", "on par"]),
        (CueClass.WorseThan, ["less effective", "inferior", "less successful", "weaker", "worse result", "less benefit"]),
        (CueClass.ComparatorMarker, ["than", "as", "to", "versus", "versu", "vs", "compared with", "compared to", "against", "over", "instead of",
            "rather than", "relative to"]),
        (CueClass.Connector, ["with", "plus", "and", "combined with", "together with", "alongside", "in combination with", "added to"]),
        (CueClass.Harm, ["cause", "caused", "causing", "lead to", "led to", "leading to", "result in", "resulted in", "trigger", "triggered", "provoke",
            "induce", "induced", "bring on", "give you", "leave", "risk", "adverse", "associated with", "linked to", "linked with"]),
        (CueClass.GenericHarm, ["side effect", "side effects", "adverse effect", "adverse event", "adverse reaction", "complication", "harm", "risk",
            "downside", "problem", "reaction"]),
        // "Dangerous" and "harmful", like "safe", judge harms against benefits; they are read as (negated) safety, not as a harm.
        (CueClass.Safe, ["safe", "safety", "well tolerated", "tolerable", "gentle", "low risk", "safer", "dangerous", "risky", "unsafe", "harmful",
            "hazardous"]),
        (CueClass.AbsoluteSafety, ["harmless", "risk free", "side effect free", "free of side effect", "free of risk", "without risk", "without any risk",
            "no risk", "no risks", "no side effect", "no side effects", "zero side effect", "nothing can go wrong", "no downside", "no danger"]),
        (CueClass.AbsoluteEfficacy, ["cure", "cured", "cures", "curing", "eliminate", "eliminated", "eradicate", "eradicated", "erase", "erased",
            "get rid of", "got rid of", "remove", "removed", "banish", "clear completely", "a cure for"]),
        (CueClass.Prevention, ["prevent", "prevents", "prevented", "preventing", "prevention", "preventive", "preventative", "protect against",
            "protects against", "protective against", "ward off", "stave off", "avert"]),
        (CueClass.Likelihood, ["risk", "chance", "likelihood", "odds", "probability", "incidence"]),
        (CueClass.AbsoluteModifier, ["permanent", "permanently", "forever", "for good", "guarantee", "guaranteed", "once and for all", "for life",
            "100 percent", "every time"]),
    ];

    /// <summary>Every phrase in singularised words, longest first, so "no side effects" wins over "no".</summary>
    private static readonly (string[] Words, CueClass Class)[] Phrases =
        [.. Classes.SelectMany(c => c.Phrases.Select(p => (Words: ClaimText.Words(p), c.Class)))
            .DistinctBy(p => (string.Join(' ', p.Words), p.Class))
            .OrderByDescending(p => p.Words.Length)];

    /// <summary>Words that carry no claim of their own ("the", "people", "appearance"): never shown as not understood.</summary>
    private static readonly HashSet<string> Fillers = new(ClaimText.Words(
        "a an the of for in on at by from to with and or is are be been being was were it its it s this that these those your you my our " +
        "their them they he she his her people patients patient person persons individuals who which do does did have has had get gets got " +
        "make makes there any all very really skin appearance look looks looking sign signs treatment treatments therapy therapies session " +
        "sessions procedure procedures result results effect effects also just even so such use using used after during when over time " +
        "overall significantly significant clinically noticeably visibly visible one some most more much many way ways both than as into " +
        "up out about around against each own give gives gave offer provide deliver achieve carry carries include includes involve pose come free alone only"), StringComparer.Ordinal);

    public static bool IsFiller(string key) => Fillers.Contains(key);

    /// <summary>Whether the words are, as a whole, a judgement of safety ("safe", "unsafe", "completely safe", "harmless").</summary>
    public static bool JudgesSafety(string[] words) =>
        Phrases.Any(p => p.Class is CueClass.Safe or CueClass.AbsoluteSafety && p.Words.SequenceEqual(words));

    /// <summary>Whether the words, as a whole, say how likely something is ("risk", "chance").</summary>
    public static bool SaysLikelihood(string[] words) =>
        Phrases.Any(p => p.Class is CueClass.Likelihood && p.Words.SequenceEqual(words));

    /// <summary>Comparative verbs that take the comparator as their object, with no "than": "beats laser", "outperforms PRP".</summary>
    public static bool TakesItsObject(string[] cue) => cue is ["beat"] or ["outperform"] or ["surpass"];

    /// <summary>The longest cue phrase of any class starting at <paramref name="at"/>, skipping words already taken.</summary>
    public static IEnumerable<(int Start, int End, CueClass Class)> Match(string[] keys, bool[] taken)
    {
        var used = new bool[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (taken[i] || used[i]) continue;
            var length = 0;
            foreach (var (words, _) in Phrases)
            {
                if (words.Length <= length || i + words.Length > keys.Length) continue;
                if (Enumerable.Range(0, words.Length).All(k => keys[i + k] == words[k] && !taken[i + k])) length = words.Length;
            }
            if (length == 0) continue;
            // One phrase can belong to several classes ("risk": a harm cue and harm in general); report each.
            var phrase = keys[i..(i + length)];
            foreach (var (words, cueClass) in Phrases)
            {
                if (words.Length == length && words.SequenceEqual(phrase)) yield return (i, i + length, cueClass);
            }
            for (var k = i; k < i + length; k++) used[k] = true;
        }
    }
}
