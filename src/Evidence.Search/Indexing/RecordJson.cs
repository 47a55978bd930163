using System.Text.Json;
using System.Text.Json.Serialization;
using Evidence.Corpus.Model;

namespace Evidence.Search.Indexing;

/// <summary>
/// The stored form of a summary inside the index, so an answer never needs the corpus file (which may be
/// broken or gone while its last good version is still served).
/// </summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Serialize(StudySummary summary) => JsonSerializer.SerializeToUtf8Bytes(summary, Options);

    public static StudySummary Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<StudySummary>(json, Options) ?? throw new InvalidDataException("empty stored record");

    /// <summary>
    /// The record without its long texts (summary, abstract, key points, quotes, limitations), which the
    /// reader skips rather than allocates: what synthesis over a whole condition needs, at a fraction of
    /// the memory (a summary holding 100,000 whole records took 3.7 GB).
    /// </summary>
    public static StudySummary DeserializeForSynthesis(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<StudySummary>(json, SynthesisOptions) ?? throw new InvalidDataException("empty stored record");

    /// <summary>
    /// The record as a search hit shows it: without its quotes and limitations, which a hit never shows (its snippet
    /// comes from the title, summary, findings, key points and abstract), so more of the hits asked for fit in memory.
    /// </summary>
    public static StudySummary DeserializeForHit(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<StudySummary>(json, HitOptions) ?? throw new InvalidDataException("empty stored record");

    private static JsonSerializerOptions SynthesisOptions { get; } = Without(
        nameof(StudySummary.Summary), nameof(StudySummary.Abstract), nameof(StudySummary.KeyPoints), nameof(StudySummary.Quotes), nameof(StudySummary.Limitations));

    private static JsonSerializerOptions HitOptions { get; } = Without(nameof(StudySummary.Quotes), nameof(StudySummary.Limitations));

    /// <summary>Options whose reader skips the named properties of a summary instead of allocating them.</summary>
    private static JsonSerializerOptions Without(params string[] skipped) => new(Options)
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type != typeof(StudySummary)) return;
                    foreach (var property in info.Properties.Where(p => skipped.Contains(p.AttributeProvider is System.Reflection.MemberInfo member ? member.Name : null)).ToList())
                        info.Properties.Remove(property);
                },
            },
        },
    };
}
