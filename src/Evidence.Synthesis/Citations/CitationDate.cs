using System.Globalization;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// The date a citation prints: the source's year, with the month and day of <see cref="Publication.Date"/>
/// when that date falls in the same year. (An online-first date in another year must not change the year
/// a journal issue is cited under.) <see cref="Year"/> is null for a source with no date seen.
/// </summary>
internal readonly record struct CitationDate(int? Year, int? Month, int? Day)
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static CitationDate Of(StudySummary source) => Parse(source.Publication.Date, source.Year);

    /// <summary>A YYYY, YYYY-MM or YYYY-MM-DD text; with <paramref name="year"/> given, a date in another year keeps only that year.</summary>
    public static CitationDate Parse(string? text, int? year)
    {
        var parts = (text ?? "").Split('-');
        if (!int.TryParse(parts[0], CultureInfo.InvariantCulture, out var parsedYear) || (year is not null && parsedYear != year))
            return new CitationDate(year, null, null);
        int? month = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;
        int? day = month is not null && parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
        return new CitationDate(parsedYear, month, day);
    }

    public string? MonthName => Month is { } month ? MonthNames[month - 1] : null;

    /// <summary>"Feb", as NLM abbreviates months.</summary>
    public string? MonthAbbreviation => MonthName?[..3];

    private string? YearText => Year?.ToString(CultureInfo.InvariantCulture);

    /// <summary>"February 16, 2018", "February 2018", "2018" (AMA), or null with no year.</summary>
    public string? MonthDayYear => (YearText, MonthName, Day) switch
    {
        (null, _, _) => null,
        ({ } year, null, _) => year,
        ({ } year, { } month, null) => $"{month} {year}",
        ({ } year, { } month, { } day) => $"{month} {day}, {year}",
    };

    /// <summary>"2018 Feb 16", "2018 Feb", "2018" (NLM), or null with no year.</summary>
    public string? YearMonthDay => YearText is null ? null : string.Join(' ', new[] { YearText, MonthAbbreviation, Day?.ToString(CultureInfo.InvariantCulture) }.OfType<string>());

    /// <summary>"2018, February 16", "2018, February", "2018" or "n.d." (APA 9.15, 9.17), without parentheses.</summary>
    public string AuthorDate => YearText is null ? "n.d." : string.Join(", ", new[] { YearText, MonthName is null ? null : Day is null ? MonthName : $"{MonthName} {Day}" }.OfType<string>());
}
