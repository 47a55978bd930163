using System.Globalization;
using System.Text.Json;

namespace Evidence.Retrieval.Data;

/// <summary>A document of a BEIR corpus.jsonl.</summary>
public sealed record BeirDocument(string Id, string Title, string Text);

/// <summary>A SciFact claim with the documents given as its evidence (claims with none are left out).</summary>
public sealed record EvidenceClaim(string Id, string Text, IReadOnlyList<string> EvidenceDocuments);

/// <summary>
/// One split of a collection in BEIR's layout (https://github.com/beir-cellar/beir): corpus.jsonl,
/// queries_{split}.jsonl (or queries.jsonl), qrels/{split}.tsv, and SciFact's claims_{split}.jsonl when present.
/// </summary>
public sealed record BeirCollection(
    IReadOnlyList<BeirDocument> Corpus,
    IReadOnlyDictionary<string, string> Queries,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Qrels,
    IReadOnlyList<EvidenceClaim> Claims)
{
    public static BeirCollection Load(string directory, string split)
    {
        var corpus = JsonLines(Path.Combine(directory, "corpus.jsonl"))
            .Select(d => new BeirDocument(Text(d, "_id"), Text(d, "title"), Text(d, "text"))).ToList();
        var queriesPath = Path.Combine(directory, $"queries_{split}.jsonl");
        if (!File.Exists(queriesPath)) queriesPath = Path.Combine(directory, "queries.jsonl");
        var queries = JsonLines(queriesPath).ToDictionary(q => Text(q, "_id"), q => Text(q, "text"), StringComparer.Ordinal);
        var qrels = ReadQrels(Path.Combine(directory, "qrels", split + ".tsv"));
        var claimsPath = Path.Combine(directory, $"claims_{split}.jsonl");
        var claims = File.Exists(claimsPath) ? ReadClaims(claimsPath) : [];
        return new BeirCollection(corpus, queries, qrels, claims);
    }

    /// <summary>query-id, corpus-id, score, tab-separated, after a header line.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, int>> ReadQrels(string path)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length < 3) continue;
            if (!qrels.TryGetValue(parts[0], out var judged)) qrels[parts[0]] = judged = new(StringComparer.Ordinal);
            judged[parts[1]] = int.Parse(parts[2], CultureInfo.InvariantCulture);
        }
        return qrels.ToDictionary(q => q.Key, q => (IReadOnlyDictionary<string, int>)q.Value, StringComparer.Ordinal);
    }

    private static List<EvidenceClaim> ReadClaims(string path) =>
        [.. JsonLines(path)
            .Select(c => new EvidenceClaim(c.GetProperty("id").GetRawText(), Text(c, "claim"),
                [.. c.GetProperty("evidence").EnumerateObject().Select(e => e.Name)]))
            .Where(c => c.EvidenceDocuments.Count > 0)];

    private static IEnumerable<JsonElement> JsonLines(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
