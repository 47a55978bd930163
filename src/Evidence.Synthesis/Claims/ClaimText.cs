namespace Evidence.Synthesis.Claims;

/// <summary>One word of a claim: as written, and lower-cased and singularised for matching; <see cref="ClauseStart"/>
/// is true after a comma, semicolon, "but" or similar, which a negation does not cross.</summary>
internal readonly record struct ClaimWord(string Text, string Key, bool ClauseStart);

/// <summary>
/// The words of a claim or a vocabulary term, lower-cased, split on anything but letters and digits, with
/// a light plural rule ("dermarollers" → "dermaroller", "scars" → "scar") so the two meet.
/// </summary>
internal static class ClaimText
{
    public const int MaxLength = 1_000;

    public static string[] Words(string text) => [.. Read(text).Select(w => w.Key)];

    public static ClaimWord[] Read(string text)
    {
        if (text.Length > MaxLength) text = text[..MaxLength];
        var words = new List<ClaimWord>();
        var start = -1;
        var clause = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var raw = text[start..i];
                words.Add(new ClaimWord(raw, Singular(raw.ToLowerInvariant()), clause));
                start = -1;
                clause = false;
            }
            if (i < text.Length && text[i] is ',' or ';' or ':' or '.' or '?' or '!' or '(' or ')') clause = true;
        }
        return [.. words.Select(w => w.Key is "but" or "although" or "though" or "whereas" or "while" ? w with { ClauseStart = true } : w)];
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;
}
