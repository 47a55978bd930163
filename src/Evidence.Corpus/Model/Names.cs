using System.Collections.Frozen;
using System.Text;

namespace Evidence.Corpus.Model;

/// <summary>
/// The kebab-case ids that the corpus, the API and the URLs use for enum values
/// ("RandomisedControlledTrial" is "randomised-controlled-trial"), and their display labels.
/// </summary>
public static class Names<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> IdByValue =
        Enum.GetValues<T>().ToFrozenDictionary(value => value, value => ToKebab(value.ToString()));

    private static readonly FrozenDictionary<string, T> ValueById =
        IdByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Ids { get; } = [.. Enum.GetValues<T>().Select(value => IdByValue[value])];

    public static string Id(T value) => IdByValue[value];

    private static readonly FrozenDictionary<T, string> LabelByValue = IdByValue.ToFrozenDictionary(pair => pair.Key, pair =>
    {
        var id = pair.Value.Replace('-', ' ');
        return char.ToUpperInvariant(id[0]) + id[1..];
    });

    /// <summary>"randomised-controlled-trial" becomes "Randomised controlled trial".</summary>
    public static string Label(T value) => LabelByValue[value];

    public static bool TryParse(string? text, out T value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = text.Trim().Replace(' ', '-').Replace('_', '-');
        return ValueById.TryGetValue(key, out value);
    }

    private static string ToKebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(pascal[i]));
        }
        return builder.ToString();
    }
}
