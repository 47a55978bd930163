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
}
