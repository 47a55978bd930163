using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Evidence.Corpus.Importing;

/// <summary>
/// Ids for imported summaries: first author's family name (or the organisation or publisher), year, first significant title words, in
/// kebab-case ASCII ("alster-2018-microneedling-review-practical-guide"), at most <see cref="MaxLength"/> characters.
/// </summary>
public static class StudyIds
{
    public const int MaxLength = 80;
    private const int TitleWords = 5;

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "in", "on", "and", "or", "with", "without", "to", "by", "at", "from", "as",
        "is", "are", "be", "its", "their", "into", "via", "vs", "versus", "do", "does", "we", "our", "how", "what",
        "where", "when", "which", "who", "why", "can", "s",
    };

    /// <summary>
    /// Latin letters with diacritics and their ASCII spelling. A table rather than Unicode decomposition,
    /// because the build runs with InvariantGlobalization, where string.Normalize leaves "ã" as it is.
    /// </summary>
    private static readonly FrozenDictionary<char, string> Latin = new (string Letters, string Ascii)[]
    {
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"),
    }.SelectMany(group => group.Letters.Select(letter => (letter, group.Ascii))).ToFrozenDictionary(pair => pair.letter, pair => pair.Ascii);

    public static string Propose(string? leadName, int? year, string? title)
    {
        var author = Words(leadName).Take(2);
        var titleWords = Words(title).Where(word => !MinorWords.Contains(word)).Take(TitleWords);
        // An undated record says so in its id ("cho-nd-evaluation-…"), as "n.d." does in a citation.
        var parts = author.Append(year?.ToString(CultureInfo.InvariantCulture) ?? "nd").Concat(titleWords);
        var id = new StringBuilder();
        foreach (var part in parts)
        {
            if (id.Length > 0 && id.Length + 1 + part.Length > MaxLength) break;
            if (id.Length > 0) id.Append('-');
            id.Append(part.Length > MaxLength ? part[..MaxLength] : part);
        }
        return id.ToString();
    }

    /// <summary><paramref name="id"/>, or with the first free suffix "-2", "-3"... when it is taken.</summary>
    public static string Unique(string id, Func<string, bool> isTaken)
    {
        if (!isTaken(id)) return id;
        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = (id.Length + suffix.Length > MaxLength ? id[..(MaxLength - suffix.Length)].TrimEnd('-') : id) + suffix;
            if (!isTaken(candidate)) return candidate;
        }
    }

    /// <summary>Lower-case ASCII words: accents folded ("Paixão" gives "paixao"), apostrophes dropped ("O'Brien" gives "obrien").</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is '\'' or '\u2019') continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') folded.Append(c);
            else folded.Append(Latin.GetValueOrDefault(c, " "));
        }
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
