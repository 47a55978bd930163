using System.Collections.Frozen;

namespace Evidence.Synthesis.Citations;

/// <summary>The id, media type and file extension of each <see cref="CitationStyle"/>.</summary>
public static class CitationStyles
{
    private sealed record Facts(string Id, string ContentType, string FileExtension);

    private static readonly FrozenDictionary<CitationStyle, Facts> FactsByStyle = new Dictionary<CitationStyle, Facts>
    {
        [CitationStyle.Ama] = new("ama", "text/plain; charset=utf-8", "txt"),
        [CitationStyle.Apa] = new("apa", "text/plain; charset=utf-8", "txt"),
        [CitationStyle.Vancouver] = new("vancouver", "text/plain; charset=utf-8", "txt"),
        [CitationStyle.Bibtex] = new("bibtex", "application/x-bibtex", "bib"),
        [CitationStyle.Ris] = new("ris", "application/x-research-info-systems", "ris"),
        [CitationStyle.CslJson] = new("csl-json", "application/vnd.citationstyles.csl+json", "json"),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, CitationStyle> StyleById =
        FactsByStyle.ToFrozenDictionary(pair => pair.Value.Id, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<CitationStyle> All { get; } = Enum.GetValues<CitationStyle>();

    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(Id)];

    /// <summary>The id used in URLs and file names: ama, apa, vancouver, bibtex, ris, csl-json.</summary>
    public static string Id(this CitationStyle style) => FactsByStyle[style].Id;

    /// <summary>The media type to serve the style's output with.</summary>
    public static string ContentType(this CitationStyle style) => FactsByStyle[style].ContentType;

    /// <summary>The file extension without its dot: txt, bib, ris or json.</summary>
    public static string FileExtension(this CitationStyle style) => FactsByStyle[style].FileExtension;

    /// <summary>Reads a style id, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? id, out CitationStyle style)
    {
        style = default;
        return !string.IsNullOrWhiteSpace(id) && StyleById.TryGetValue(id.Trim(), out style);
    }
}
