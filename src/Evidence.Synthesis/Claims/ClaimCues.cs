using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Claims;

/// <summary>
/// The words that say which way a claim points. Phrases are matched on singularised words (see
/// <see cref="ClaimText"/>). Hand-written: no library here parses the direction of a health claim.
/// </summary>
internal static class ClaimCues
{
    private static readonly string[][] NoDifference = Phrases(
        "same result", "same effect", "same outcome", "as good as", "as effective as", "as well as", "no better than",
        "no different", "no difference", "equivalent", "equally", "comparable", "similar result", "just as");

    private static readonly string[][] Worsened = Phrases("worsen", "worse", "aggravate", "damage", "harm", "deteriorate");

    private static readonly string[][] Improved = Phrases(
        "improve", "improves", "improved", "improvement", "reduce", "reduces", "reduced", "reduction", "lessen", "diminish", "fade", "fades",
        "treat", "treats", "treated", "help", "helps", "heal", "heals", "effective", "work", "works", "smooth", "smooths", "better",
        "increase", "increases", "boost", "boosts", "stimulate", "stimulates", "regrow", "regrows", "restore", "restores", "lighten",
        "lightens", "clear", "clears", "remove", "removes", "minimise", "minimize", "decrease", "decreases", "lower", "lowers", "benefit", "benefits");

    private static readonly HashSet<string> Absolute = new(StringComparer.Ordinal)
    {
        "cure", "cured", "curing", "eliminate", "eliminated", "eradicate", "eradicated", "permanent", "permanently",
        "completely", "guarantee", "guaranteed", "always", "forever", "erase", "erased", "100",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "never", "doesn", "don", "cannot", "can't", "won", "fail", "fail" };

    /// <summary>Words after which an intervention is the comparator ("than X", "as X", "versus X").</summary>
    public static readonly HashSet<string> ComparatorCues = new(StringComparer.Ordinal) { "than", "as", "versu", "versus", "vs", "compared", "against", "over" };

    /// <summary>The claimed direction, whether it is stated in absolute terms, and the cue that decided it.</summary>
    public static (Direction? Direction, bool Absolute, string? Cue) Read(string[] words)
    {
        var absolute = words.Any(Absolute.Contains);
        if (Find(words, NoDifference) is { } same) return (Direction.NoDifference, absolute, same.Cue);
        if (Find(words, Worsened) is { } worse) return (Negated(words, worse.At) ? Direction.NoDifference : Direction.Worsened, absolute, worse.Cue);
        if (Find(words, Improved) is { } better) return (Negated(words, better.At) ? Direction.NoDifference : Direction.Improved, absolute, better.Cue);
        return (absolute ? Direction.Improved : null, absolute, absolute ? words.First(Absolute.Contains) : null);
    }

    private static bool Negated(string[] words, int at) => words.Skip(Math.Max(0, at - 3)).Take(Math.Min(3, at)).Any(Negations.Contains);

    private static (int At, string Cue)? Find(string[] words, string[][] phrases)
    {
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var phrase in phrases)
            {
                if (i + phrase.Length <= words.Length && phrase.Select((w, k) => words[i + k] == w).All(x => x)) return (i, string.Join(' ', phrase));
            }
        }
        return null;
    }

    private static string[][] Phrases(params string[] phrases) => [.. phrases.Select(ClaimText.Words).Distinct(new SequenceComparer())];

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
