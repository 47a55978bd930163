using System.Text;
using System.Text.RegularExpressions;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// Sentence case for the styles that want it (AMA 11th ed. 3.9.1 and 3.9.3; APA 7th ed. 6.17; Citing Medicine,
/// chapter 1, "Article title"): only the first word, proper names and abbreviations keep a capital.
/// A title stored in title case ("A Review and Practical Guide") has its plain capitalised words lowered;
/// words with capitals inside them (PRP, CO2, Nd:YAG, JAMA) are kept. No rule can tell a proper name from
/// an ordinary word (the CSL project says the same and leaves sentence case to the database), so a title
/// that was recased is reported, and the citation's completeness asks the writer to check its capitals.
/// A title already in sentence case keeps every word as stored.
/// </summary>
internal static partial class TitleCasing
{
    /// <summary>An ordinary capitalised word: one capital, then only lower-case letters (hyphenated parts each so).</summary>
    [GeneratedRegex(@"^(A|\p{Lu}\p{Ll}+)(-\p{Lu}?\p{Ll}+)*$")]
    private static partial Regex CapitalisedWord();

    /// <summary>A part of a word that is an ordinary capitalised word of two letters or more ("Q" in "Q-Switched" is not).</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+$")]
    private static partial Regex CapitalisedPart();

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}-]*$")]
    private static partial Regex LowerCaseWord();

    /// <summary>How a subtitle (the part after ": ", "? " or "! ") begins.</summary>
    public enum Subtitle
    {
        /// <summary>AMA 3.9.3 and Citing Medicine: a journal article's subtitle begins with a lower-case letter.</summary>
        LowerCase,
        /// <summary>APA 6.17: the first word of a subtitle is capitalised.</summary>
        Capitalised,
    }

    public static string SentenceCase(string title, Subtitle subtitle) => SentenceCase(title, subtitle, out _);

    public static string SentenceCase(string title, Subtitle subtitle, out bool recased)
    {
        var words = title.Split(' ');
        var titleCase = IsTitleCase(words);
        var builder = new StringBuilder(title.Length);
        var startsSubtitle = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var (lead, core, tail) = Split(word);
            if (i == 0) { }
            else if (startsSubtitle)
            {
                core = subtitle == Subtitle.Capitalised
                    ? (LowerCaseWord().IsMatch(core) ? char.ToUpperInvariant(core[0]) + core[1..] : core)
                    : Lower(core);
            }
            else if (titleCase) core = Lower(core);
            if (i > 0) builder.Append(' ');
            builder.Append(lead).Append(core).Append(tail);
            if (core.Length > 0 || tail.Length > 0) startsSubtitle = EndsClause(word);
        }
        var result = builder.ToString();
        recased = !string.Equals(result, title, StringComparison.Ordinal);
        return result;
    }

    /// <summary>True when the title is in title case, so sentence case had to lower its words.</summary>
    public static bool IsTitleCase(string title) => IsTitleCase(title.Split(' '));

    /// <summary>True when most words of four or more letters after each clause's first word are capitalised.</summary>
    private static bool IsTitleCase(string[] words)
    {
        int capitalised = 0, lower = 0;
        var startsClause = true;
        foreach (var word in words)
        {
            var core = Split(word).Core;
            if (!startsClause && core.Length >= 4)
            {
                if (CapitalisedWord().IsMatch(core)) capitalised++;
                else if (LowerCaseWord().IsMatch(core)) lower++;
            }
            if (core.Length > 0) startsClause = EndsClause(word);
        }
        return capitalised > lower;
    }

    private static bool EndsClause(string word) => word.Length > 0 && word[^1] is ':' or '?' or '!';

    /// <summary>
    /// The word's plain capitalised parts to lower case ("Platelet-Rich" gives "platelet-rich", "Q-Switched"
    /// gives "Q-switched", "A" gives "a"); parts with other capitals (PRP, CO2, Nd:YAG) stay.
    /// </summary>
    private static string Lower(string word) => word == "A"
        ? "a"
        : string.Join('-', word.Split('-').Select(part => CapitalisedPart().IsMatch(part) ? part.ToLowerInvariant() : part));

    /// <summary>Leading and trailing punctuation ("(", "):", ",") apart from the word itself.</summary>
    private static (string Lead, string Core, string Tail) Split(string word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start])) start++;
        var end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1])) end--;
        return (word[..start], word[start..end], word[end..]);
    }
}
