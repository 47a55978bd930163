using System.Text.Json.Nodes;
using NJsonSchema;

namespace Evidence.Corpus.Tests;

/// <summary>The two JSON schemas under corpus/schema, loaded once for all tests.</summary>
internal static class CorpusSchemas
{
    public const string SourceModeline = "# yaml-language-server: $schema=../schema/study-summary.schema.json";
    public const string VocabularyModeline = "# yaml-language-server: $schema=./schema/vocabulary.schema.json";

    private static readonly Lazy<Task<JsonSchema>> StudySummaryLazy = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(StudySummaryPath)));
    private static readonly Lazy<Task<JsonSchema>> VocabularyLazy = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(VocabularyPath)));

    public static string StudySummaryPath => Path.Combine(RepositoryPaths.Corpus, "schema", "study-summary.schema.json");
    public static string VocabularyPath => Path.Combine(RepositoryPaths.Corpus, "schema", "vocabulary.schema.json");

    public static Task<JsonSchema> StudySummary() => StudySummaryLazy.Value;
    public static Task<JsonSchema> Vocabulary() => VocabularyLazy.Value;

    /// <summary>The raw schema document, for reading enums and patterns without NJsonSchema's model.</summary>
    public static JsonNode StudySummaryDocument() => JsonNode.Parse(File.ReadAllText(StudySummaryPath))!;
    public static JsonNode VocabularyDocument() => JsonNode.Parse(File.ReadAllText(VocabularyPath))!;

    /// <summary>Schema errors for a YAML text, as readable strings (empty when it conforms).</summary>
    public static async Task<IReadOnlyList<string>> Errors(Task<JsonSchema> schema, string name, string yaml) =>
        [.. (await schema).Validate(YamlJson.FromYaml(name, yaml)).Select(error => error.ToString())];
}
