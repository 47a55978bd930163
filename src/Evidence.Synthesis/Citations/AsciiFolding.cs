using System.Collections.Frozen;
using System.Text;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// Latin letters with diacritics to plain ASCII for BibTeX keys ("Paixão" gives "paixao"). A table rather
/// than Unicode decomposition because the build sets InvariantGlobalization, under which
/// string.Normalize leaves "ã" whole. Covers Latin-1 and Latin Extended-A, where the corpus's names live.
/// </summary>
internal static class AsciiFolding
{
    private static readonly FrozenDictionary<char, string> AsciiByLetter = new (string Letters, string Ascii)[]
    {
        ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ðďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
        ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĳ", "ij"), ("ĵ", "j"), ("ķĸ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉŋ", "n"),
        ("òóôõöøōŏő", "o"), ("œ", "oe"), ("ŕŗř", "r"), ("śŝşšſ", "s"), ("ß", "ss"), ("ţťŧ", "t"), ("þ", "th"),
        ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
    }.SelectMany(group => group.Letters.Select(letter => (letter, group.Ascii))).ToFrozenDictionary(pair => pair.letter, pair => pair.Ascii);

    /// <summary>Lower-case ASCII letters and digits only; other characters are dropped.</summary>
    public static string LettersAndDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (AsciiByLetter.TryGetValue(c, out var ascii)) builder.Append(ascii);
        }
        return builder.ToString();
    }
}
