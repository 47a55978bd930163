using System.Text;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>Escaping and citation keys for BibTeX.</summary>
internal static class BibtexText
{
    private static readonly HashSet<string> SkippedTitleWords = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    /// <summary>
    /// Escapes the characters LaTeX treats as special so a field prints as stored. Letters outside ASCII
    /// stay as UTF-8, which biber and modern BibTeX read.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// "alster2018microneedling": first author's surname (or organisation), year and first title word
    /// that is not an article, in lower-case ASCII. Without authors: "comparison2022", title word first.
    /// </summary>
    public static string Key(StudySummary source)
    {
        var name = source.Authors.Count > 0 ? AuthorNames.AsciiLetters(AuthorNames.SortName(source.Authors[0])) : "";
        var word = source.Title
            .Split([' ', ':', ';', ',', '.', '?', '!', '-', '\u2013', '\u2014', '/', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !SkippedTitleWords.Contains(word))
            .Select(AuthorNames.AsciiLetters)
            .FirstOrDefault(word => word.Length > 0) ?? "";
        // An undated source's key says so ("smithndpreprint"), as biblatex's own labels write "n.d.".
        var year = source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nd";
        if (name.Length > 0) return name + year + word;
        return word.Length > 0 ? word + year : AuthorNames.AsciiLetters(source.Id);
    }
}
