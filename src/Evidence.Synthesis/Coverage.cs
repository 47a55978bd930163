namespace Evidence.Synthesis;

/// <summary>
/// What of a question the library covers, as the API answers it on search, summary and map. When
/// <see cref="Covered"/> is false, <see cref="NotCovered"/> names each part the library has nothing on (a concept no
/// source is annotated with, or a word no source contains), <see cref="Nearest"/> lists covered concepts near them, and
/// no answer is built from the rest of the question: <see cref="Withheld"/> says how many sources match without the
/// uncovered part (null where it does not apply). A covered question may still hold <see cref="UnknownWords"/>, words no
/// source contains: its answer matches the other words, and <see cref="Message"/> says so.
/// </summary>
public sealed record Coverage(bool Covered, string? Message, IReadOnlyList<CoverageGap> NotCovered, IReadOnlyList<CoveredConcept> Nearest, int? Withheld)
{
    public static Coverage Full { get; } = new(true, null, [], [], null);

    public IReadOnlyList<string> UnknownWords { get; init; } = [];

    /// <summary>"No source mentions “tretinoin”: the results match the other words."</summary>
    public static string DescribeUnknown(IReadOnlyList<string> words) =>
        $"No source mentions {string.Join(" or ", words.Select(w => $"\u201c{w}\u201d"))}: the results match the other words.";

    /// <summary>The plain sentence shown to a reader: "The library has nothing on tretinoin."</summary>
    public static string Describe(IReadOnlyList<CoverageGap> gaps)
    {
        var names = gaps.Select(g => g.Label is null ? $"\u201c{g.Text}\u201d" : g.Label).ToList();
        var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
        var known = gaps.Where(g => g.Concept is not null).ToList();
        return $"The library has nothing on {list}." + (known.Count > 0
            ? $" {(known.Count == 1 ? "It is" : "They are")} in the vocabulary, but no source is annotated with {(known.Count == 1 ? "it" : "them")} yet."
            : "");
    }
}

/// <summary>A part of a question the library does not cover: the words as written and, when the vocabulary knows them, the concept.</summary>
public sealed record CoverageGap(string Text, string? Concept, string? Label);

/// <summary>A covered concept, with how many sources are annotated with it or a concept below it.</summary>
public sealed record CoveredConcept(string Id, string Label, int Sources);
