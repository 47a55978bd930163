using System.Globalization;
using System.Text.RegularExpressions;

namespace Evidence.Corpus.Model;

/// <summary>How often a source's own words say an adverse event happens.</summary>
public enum FrequencyClass : byte
{
    /// <summary>The source gives no word or rate for how often.</summary>
    Unstated,
    Rare,
    Common,
}

/// <summary>
/// Reads an adverse event's <see cref="AdverseEvent.Frequency"/> text: words first ("rare", "isolated", "common",
/// "often"), then a rate ("3 of 40", "12%"). A rate of 1% or more is common: CIOMS Working Group III's line
/// ("common" is 1/100 or more), used when the source gives a rate and no word.
/// </summary>
public static partial class ReportedFrequency
{
    public static FrequencyClass Of(string? frequency)
    {
        if (string.IsNullOrWhiteSpace(frequency)) return FrequencyClass.Unstated;
        var text = frequency.ToLowerInvariant();
        if (RareWords().IsMatch(text)) return FrequencyClass.Rare;
        if (CommonWords().IsMatch(text)) return FrequencyClass.Common;
        var fraction = Fraction().Match(text);
        double? share = fraction.Success && Number(fraction.Groups[2].Value) > 0
            ? Number(fraction.Groups[1].Value) / Number(fraction.Groups[2].Value)
            : Percent().Match(text) is { Success: true } p ? Number(p.Groups[1].Value) / 100 : null;
        return share switch
        {
            null => FrequencyClass.Unstated,
            >= 0.01 => FrequencyClass.Common,
            _ => FrequencyClass.Rare,
        };
    }

    private static double Number(string digits) => double.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(rare|rarely|isolated|infrequent|infrequently|uncommon|occasional|occasionally|few)\b")]
    private static partial Regex RareWords();

    [GeneratedRegex(@"\b(common|commonly|frequent|frequently|often|most)\b")]
    private static partial Regex CommonWords();

    [GeneratedRegex(@"\b(\d+)\s*(?:of|/|out of|in)\s*(\d+)\b")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Percent();
}
