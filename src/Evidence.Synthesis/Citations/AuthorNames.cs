using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>How the styles write a person's or an organisation's name.</summary>
internal static class AuthorNames
{
    /// <summary>
    /// "Alster TS": surname and initials without periods (AMA 3.9, Citing Medicine ch. 1). An organisation
    /// is written as its name. <paramref name="maxInitials"/> caps the initials (NLM allows two).
    /// </summary>
    public static string SurnameInitials(Author author, int maxInitials = int.MaxValue)
    {
        if (author.Literal is { } literal) return literal;
        var initials = author.Initials;
        if (initials.Length > maxInitials) initials = initials[..maxInitials];
        return initials.Length == 0 ? author.Family! : $"{author.Family} {initials}";
    }

    /// <summary>"Alster, T. S.": APA 9.8; a hyphenated given name keeps its hyphen ("J.-P.").</summary>
    public static string ApaName(Author author)
    {
        if (author.Literal is { } literal) return literal;
        var initials = string.Join(' ', (author.Given ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => string.Join('-', name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + "."))));
        return initials.Length == 0 ? author.Family! : $"{author.Family}, {initials}";
    }

    /// <summary>"Alster, Tina S." as BibTeX and RIS expect a person; an organisation is its name.</summary>
    public static string FamilyCommaGiven(Author author) =>
        author.Literal ?? (string.IsNullOrWhiteSpace(author.Given) ? author.Family! : $"{author.Family}, {author.Given}");

    /// <summary>The name a reference list is sorted by and a BibTeX key starts with.</summary>
    public static string SortName(Author author) => author.Literal ?? author.Family ?? "";

    /// <summary>Lower-case ASCII letters and digits only: "Paixão" gives "paixao".</summary>
    public static string AsciiLetters(string text) => AsciiFolding.LettersAndDigits(text);
}
