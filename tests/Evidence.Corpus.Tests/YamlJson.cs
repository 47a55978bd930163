using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Evidence.Corpus.Loading;

namespace Evidence.Corpus.Tests;

/// <summary>
/// Turns a corpus YAML file into JSON the way an editor's YAML language server sees it (YAML 1.2 core
/// schema: plain numbers are numbers, plain true/false are booleans, quoted scalars stay text), so the
/// JSON schemas can be checked against the real files. It reads through the loader's own tree reader.
/// </summary>
internal static partial class YamlJson
{
    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    public static string FromYaml(string name, string yaml)
    {
        var errors = new List<CorpusError>();
        var root = YamlTreeReader.Read(name, System.Text.Encoding.UTF8.GetBytes(yaml), errors);
        if (root is null) throw new InvalidOperationException($"{name} is not readable YAML: {string.Join("; ", errors)}");
        return ToJson(root)?.ToJsonString() ?? "null";
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(entry => KeyValuePair.Create(entry.Key.Value, ToJson(entry.Value)))),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true } scalar => Plain(scalar.Value),
        YamlScalar scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException("unexpected YAML node " + node.GetType().Name),
    };

    private static JsonNode Plain(string value)
    {
        if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return JsonValue.Create(integer);
        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        return value switch
        {
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ => JsonValue.Create(value),
        };
    }
}
