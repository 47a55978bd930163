namespace Evidence.Corpus.Loading;

/// <summary>Edit distance for "did you mean" suggestions.</summary>
public static class Spelling
{
    /// <summary>Levenshtein distance, capped at 64 characters a side to keep it cheap on hostile input.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 64) a = a[..64];
        if (b.Length > 64) b = b[..64];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }

    /// <summary>The candidate nearest to <paramref name="word"/>, when it is near enough to be a typo.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(candidate => (candidate, distance: Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.distance)
            .FirstOrDefault();
        return best.candidate is not null && best.distance <= Math.Max(2, word.Length / 3) ? best.candidate : null;
    }

    public static string DidYouMean(string? suggestion) => suggestion is null ? "" : $" (did you mean '{suggestion}'?)";
}
