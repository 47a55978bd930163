using System.Globalization;
using System.Text.RegularExpressions;

namespace Evidence.Corpus.Importing;

/// <summary>Year and date (YYYY, YYYY-MM or YYYY-MM-DD) from the many ways reference files write them.</summary>
internal static partial class PublicationDate
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"^\s*(?<year>\d{4})(?:[ /\-.](?<month>[A-Za-z]{3,9}|\d{1,2})(?:[ /\-.](?<day>\d{1,2}))?)?[ /\-.]*(?<rest>.*)$")]
    private static partial Regex DatePattern();

    /// <summary>
    /// "2018", "2018 Mar", "2018 Mar 15", "2018/03/15/" and "2018-03-15" read exactly; a range or season
    /// ("2017 Apr-Jun", "2014 Spring") keeps only its year rather than guess a month.
    /// </summary>
    public static (int? Year, string? Date) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var match = DatePattern().Match(text);
        if (!match.Success) return (null, null);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = Month(match.Groups["month"].Value);
        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var exact = match.Groups["rest"].Value.Trim().Length == 0 && (month is not null || !match.Groups["month"].Success);
        return (year, exact ? From(year, month, day) : From(year, null, null));
    }

    /// <summary>The whole date YYYY-MM-DD, or null when the text gives less (an access date is a day).</summary>
    public static string? Day(string? text) =>
        Parse(text).Date is { Length: 10 } day ? day : null;

    public static string From(int year, int? month, int? day)
    {
        if (month is not (>= 1 and <= 12)) return year.ToString("D4", CultureInfo.InvariantCulture);
        if (day is not (>= 1 and <= 31) || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month.Value))
            return $"{year:D4}-{month:D2}";
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    /// <summary>A month from "Mar", "March" or "03"; null for anything else.</summary>
    public static int? Month(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number is >= 1 and <= 12 ? number : null;
        if (text.Length < 3) return null;
        var index = Array.IndexOf(MonthNames, text[..3].ToLowerInvariant());
        return index >= 0 ? index + 1 : null;
    }
}
