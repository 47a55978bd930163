namespace Evidence.Synthesis.Claims;

/// <summary>
/// The words of a claim or a vocabulary term, lower-cased, split on anything but letters and digits, with
/// a light plural rule ("dermarollers" → "dermaroller", "scars" → "scar") so the two meet.
/// </summary>
internal static class ClaimText
{
    public const int MaxLength = 1_000;

    public static string[] Words(string text)
    {
        if (text.Length > MaxLength) text = text[..MaxLength];
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(Singular(text[start..i].ToLowerInvariant()));
                start = -1;
            }
        }
        return [.. words];
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;
}
