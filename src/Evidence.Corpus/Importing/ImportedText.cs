using System.Text;

namespace Evidence.Corpus.Importing;

/// <summary>Tidies text read from reference files: control characters out, runs of white space made single.</summary>
internal static class ImportedText
{
    /// <summary>One line of text with single spaces, or null when nothing is left.</summary>
    public static string? Line(string? text)
    {
        if (text is null) return null;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>Paragraphs (split on blank lines), each tidied to one line, joined by a blank line.</summary>
    public static string? Paragraphs(string? text)
    {
        if (text is null) return null;
        var paragraphs = text.Replace("\r\n", "\n").Split("\n\n")
            .Select(Line).OfType<string>().ToArray();
        return paragraphs.Length == 0 ? null : string.Join("\n\n", paragraphs);
    }

    /// <summary>Keywords split on ';' or ',' (Zotero joins them with commas in CSL-JSON).</summary>
    public static IEnumerable<string> Keywords(string? text) =>
        (text ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Line).OfType<string>();

    /// <summary>A person from "Family, Given" (RIS, MEDLINE FAU) or an organisation when there is no comma.</summary>
    public static Model.Author? Author(string? text)
    {
        var name = Line(text);
        if (name is null) return null;
        var comma = name.IndexOf(',');
        if (comma < 0) return new Model.Author(null, null, name);
        var family = Line(name[..comma]);
        var given = Line(name[(comma + 1)..]);
        return family is null ? null : new Model.Author(family, given, null);
    }

    /// <summary>Text cut to <paramref name="length"/> characters for a message.</summary>
    public static string Clip(string text, int length = 50) => text.Length <= length ? text : text[..(length - 3)] + "...";
}
