using System.Globalization;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// The date a citation prints: the source's year, with the month and day of <see cref="Publication.Date"/>
/// when that date falls in the same year. (An online-first date in another year must not change the year
/// a journal issue is cited under.)
/// </summary>
internal readonly record struct CitationDate(int Year, int? Month, int? Day)
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static CitationDate Of(StudySummary source)
    {
        var parts = (source.Publication.Date ?? "").Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) || year != source.Year)
            return new CitationDate(source.Year, null, null);
        int? month = int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;
        int? day = month is not null && parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
        return new CitationDate(source.Year, month, day);
    }

    public string? MonthName => Month is { } month ? MonthNames[month - 1] : null;

    /// <summary>"Feb", as NLM abbreviates months.</summary>
    public string? MonthAbbreviation => MonthName?[..3];

    /// <summary>"February 16, 2018", "February 2018" or "2018" (AMA).</summary>
    public string MonthDayYear => (MonthName, Day) switch
    {
        (null, _) => Year.ToString(CultureInfo.InvariantCulture),
        ({ } month, null) => $"{month} {Year}",
        ({ } month, { } day) => $"{month} {day}, {Year}",
    };

    /// <summary>"2018 Feb 16", "2018 Feb" or "2018" (NLM).</summary>
    public string YearMonthDay => string.Join(' ', new[] { Year.ToString(CultureInfo.InvariantCulture), MonthAbbreviation, Day?.ToString(CultureInfo.InvariantCulture) }.OfType<string>());
}
