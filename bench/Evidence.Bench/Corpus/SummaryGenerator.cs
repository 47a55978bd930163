using System.Text;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Bench.Corpus;

/// <summary>
/// Draws study summaries from the vocabulary. Record i depends only on (seed, i): the 10k corpus is the first
/// tenth of the 100k one, and files can be written in parallel without changing a byte.
/// </summary>
public sealed class SummaryGenerator
{
    /// <summary>Part of the corpus marker: a change to the generator invalidates corpora made by an older one.</summary>
    public const string Version = "1";

    private static readonly (string Design, string Code, int Weight)[] Designs =
    [
        ("randomised-controlled-trial", "rct", 25), ("case-series", "series", 20), ("cohort", "cohort", 10),
        ("systematic-review", "review", 10), ("meta-analysis", "meta", 5), ("non-randomised-controlled-trial", "nrct", 8),
        ("case-control", "cc", 4), ("case-report", "case", 8), ("narrative-review", "narrative", 6), ("guideline", "guideline", 2),
        ("society-statement", "statement", 1), ("animal-or-laboratory", "lab", 1),
    ];

    private readonly int _seed;
    private readonly Concept[] _conditions;
    private readonly Concept[] _outcomes;
    private readonly Concept[] _interventions;
    private readonly Concept[] _adverseEvents;
    private readonly int _designWeight = Designs.Sum(d => d.Weight);

    public SummaryGenerator(ConceptVocabulary vocabulary, int seed)
    {
        _seed = seed;
        Concept[] Of(ConceptKind kind) => [.. vocabulary.Concepts.Where(c => c.Kinds.Contains(kind)).OrderBy(c => c.Id, StringComparer.Ordinal)];
        _conditions = Of(ConceptKind.Condition);
        _outcomes = Of(ConceptKind.Outcome);
        _interventions = [.. Of(ConceptKind.Intervention).Where(c => c.Id != "placebo")];
        _adverseEvents = Of(ConceptKind.AdverseEvent);
    }

    public IReadOnlyList<Concept> Conditions => _conditions;

    public IReadOnlyList<Concept> Outcomes => _outcomes;

    public IReadOnlyList<Concept> Interventions => _interventions;

    public SyntheticSummary Create(int index)
    {
        var random = new Random(Mix(_seed, index));
        var design = PickDesign(random);
        var year = 2025 - (int)Math.Floor(Math.Pow(random.NextDouble(), 1.8) * 36);
        var family = Words.Families[random.Next(Words.Families.Length)];
        var condition = Skewed(random, _conditions);
        var intervention = Skewed(random, _interventions);
        var conditions = new List<string> { condition.Id };
        if (random.Next(5) == 0)
        {
            var second = Skewed(random, _conditions);
            if (second.Id != condition.Id) conditions.Add(second.Id);
        }
        var interventions = new List<string> { intervention.Id };
        if (random.Next(4) == 0)
        {
            var second = Skewed(random, _interventions);
            if (second.Id != intervention.Id) interventions.Add(second.Id);
        }
        var comparators = random.Next(3) == 0 ? new List<string> { "placebo" } : [];
        var status = random.Next(20) switch { < 11 => "draft", < 18 => "reviewed", _ => "imported" };
        var sampleSize = 8 + random.Next(400);

        var findings = new List<SyntheticFinding>();
        var adverse = new List<SyntheticAdverseEvent>();
        if (status != "imported")
        {
            var count = 1 + random.Next(3);
            for (var f = 0; f < count; f++)
            {
                var onCondition = conditions[random.Next(conditions.Count)];
                var outcome = Skewed(random, _outcomes);
                var direction = Words.Directions[random.Next(Words.Directions.Length)];
                findings.Add(new SyntheticFinding(onCondition, outcome.Id, interventions[random.Next(interventions.Count)], direction,
                    Effect(random, outcome, direction), Words.Certainties[random.Next(Words.Certainties.Length)]));
            }
            var events = random.Next(4);
            foreach (var concept in Enumerable.Range(0, events).Select(_ => _adverseEvents[random.Next(_adverseEvents.Length)]).DistinctBy(c => c.Id))
                adverse.Add(new SyntheticAdverseEvent(concept.Id, Words.Frequencies[random.Next(Words.Frequencies.Length)], Words.Severities[random.Next(Words.Severities.Length)]));
        }

        var conditionName = Name(random, condition);
        var interventionName = Name(random, intervention);
        var title = Capitalise($"{interventionName} for {conditionName}: {TitleTail(design.Design, random)}");
        var id = $"{family}-{year}-{condition.Id}-{design.Code}-{index:D7}";
        var summary = $"A {design.Design.Replace('-', ' ')} of {interventionName} in {sampleSize} people with {conditionName}. " +
            $"{Capitalise(Name(random, intervention))} {(findings.Count > 0 ? DirectionWords(findings[0].Direction) : "was described")} " +
            $"{(findings.Count > 0 ? Name(random, _outcomes.First(o => o.Id == findings[0].Outcome)) : "the outcomes")} after {2 + random.Next(6)} sessions. {Sentence(random, 14)}";
        var keyPoints = new List<string>();
        for (var k = random.Next(4); k > 0; k--) keyPoints.Add(Sentence(random, 10 + random.Next(8)));

        return new SyntheticSummary(index, id, title,
            [.. Enumerable.Range(0, 1 + random.Next(6)).Select(a => (Capitalise(a == 0 ? family : Words.Families[random.Next(Words.Families.Length)]), Words.Givens[random.Next(Words.Givens.Length)]))],
            year, Words.Journals[random.Next(Words.Journals.Length)], $"10.5555/bench.{index}", design.Design, sampleSize,
            interventions, comparators, conditions, summary, findings, adverse, keyPoints,
            Abstract(random, design.Design, conditionName, interventionName, sampleSize), status);
    }

    private (string Design, string Code) PickDesign(Random random)
    {
        var pick = random.Next(_designWeight);
        foreach (var (design, code, weight) in Designs)
        {
            if (pick < weight) return (design, code);
            pick -= weight;
        }
        return (Designs[0].Design, Designs[0].Code);
    }

    /// <summary>The first concepts are the common ones: a library has far more acne-scar papers than vitiligo ones.</summary>
    private static Concept Skewed(Random random, Concept[] concepts) => concepts[(int)(Math.Pow(random.NextDouble(), 2) * concepts.Length)];

    /// <summary>A label, clinical synonym or lay term, so free text reaches concepts by any of their names.</summary>
    private static string Name(Random random, Concept concept)
    {
        var names = concept.Synonyms.Concat(concept.Lay).ToList();
        return names.Count == 0 || random.Next(2) == 0 ? concept.Label.ToLowerInvariant() : names[random.Next(names.Count)];
    }

    private static string TitleTail(string design, Random random) => design switch
    {
        "randomised-controlled-trial" => random.Next(2) == 0 ? "a randomised controlled trial" : "a split-face randomised trial",
        "systematic-review" => "a systematic review",
        "meta-analysis" => "a systematic review and meta-analysis",
        "case-series" => $"a case series of {10 + random.Next(60)} patients",
        "case-report" => "a case report",
        "cohort" => "a prospective cohort study",
        "narrative-review" => "a narrative review",
        _ => design.Replace('-', ' '),
    };

    private static string DirectionWords(string direction) => direction switch
    {
        "improved" => "improved",
        "no-difference" => "made no difference to",
        "worsened" => "worsened",
        "mixed" => "had mixed effects on",
        _ => "had unclear effects on",
    };

    private static string Effect(Random random, Concept outcome, string direction)
    {
        var before = 2.0 + random.Next(30) / 10.0;
        var after = direction == "improved" ? before - 0.5 - random.Next(15) / 10.0 : before - random.Next(5) / 10.0;
        return $"{outcome.Label} {(direction == "improved" ? "improved" : "changed")} from {before:F1} to {Math.Max(0.1, after):F1} " +
            $"(p {(direction == "improved" ? "< 0.05" : "= 0." + (10 + random.Next(80)))}) after {2 + random.Next(6)} sessions; {Sentence(random, 8)}";
    }

    private static string Abstract(Random random, string design, string condition, string intervention, int sampleSize)
    {
        var text = new StringBuilder();
        text.Append($"Background: {Capitalise(condition)} is common and {intervention} is increasingly used to treat it. ");
        text.Append($"Objective: To assess the efficacy and safety of {intervention} for {condition}. ");
        text.Append($"Methods: A {design.Replace('-', ' ')} of {sampleSize} participants. ");
        while (text.Length < 1_150) text.Append(Sentence(random, 10 + random.Next(12))).Append(' ');
        text.Append($"Conclusion: {Capitalise(intervention)} appears {(random.Next(3) == 0 ? "modestly" : "")} useful for {condition}; larger trials are needed.");
        return text.ToString().Replace("  ", " ", StringComparison.Ordinal);
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(' ');
            text.Append(Words.Filler[(int)(Math.Pow(random.NextDouble(), 2.2) * Words.Filler.Length)]);
        }
        text[0] = char.ToUpperInvariant(text[0]);
        return text.Append('.').ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>SplitMix64 of (seed, index): the per-record seed.</summary>
    private static int Mix(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }
}
