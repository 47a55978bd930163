using System.Globalization;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Loading;

/// <summary>
/// Reads the fields of one YAML mapping, recording every problem with its position instead of stopping at
/// the first. Each field is declared by the call that reads it; <see cref="Finish"/> then reports the keys
/// nobody asked for as unknown, with the nearest known key as a suggestion.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly YamlMapping _mapping;
    private readonly string _context;

    private MappingReader(YamlMapping mapping, SourceContext source, string context)
    {
        _mapping = mapping;
        Source = source;
        _context = context;
        foreach (var entry in mapping.Entries)
        {
            if (!_entries.TryAdd(entry.Key.Value, entry))
                Source.Error(entry.Key, ErrorCodes.DuplicateKey, $"'{entry.Key.Value}' is given twice in {context}");
        }
    }

    public SourceContext Source { get; }

    public int Line => _mapping.Line;
    public int Column => _mapping.Column;

    /// <summary>A reader over <paramref name="node"/>, or null (with an error) when it is not a mapping.</summary>
    public static MappingReader? Over(YamlNode node, SourceContext source, string context)
    {
        if (node is YamlMapping mapping) return new MappingReader(mapping, source, context);
        source.Error(node, ErrorCodes.WrongType, $"{context} must be a mapping of fields, found {node.Describe}");
        return null;
    }

    public YamlNode? Node(string key)
    {
        _known.Add(key);
        return _entries.TryGetValue(key, out var entry) && !(entry.Value is YamlScalar { IsNull: true }) ? entry.Value : null;
    }

    public string? OptionalText(string key, int maxLength = 20_000)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is not YamlScalar scalar)
        {
            Source.Error(node, ErrorCodes.WrongType, $"'{key}' must be text, found {node.Describe}");
            return null;
        }
        var value = scalar.Value.Trim();
        if (value.Length > maxLength)
        {
            Source.Error(node, ErrorCodes.InvalidValue, $"'{key}' is {value.Length:N0} characters; at most {maxLength:N0} are allowed");
            return null;
        }
        return value.Length == 0 ? null : value;
    }

    public string? RequiredText(string key, int maxLength = 20_000)
    {
        var value = OptionalText(key, maxLength);
        if (value is not null) return value;
        if (!_entries.TryGetValue(key, out var entry)) Missing(key, "text");
        else if (entry.Value is YamlScalar scalar && (scalar.IsNull || scalar.Value.Trim().Length == 0))
            Source.Error(entry.Value, ErrorCodes.Missing, $"'{key}' is empty; expected text");
        return null;
    }

    public int? OptionalInteger(string key, int min, int max)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is not YamlScalar scalar || !int.TryParse(scalar.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Source.Error(node, ErrorCodes.WrongType, $"'{key}' must be a whole number, found {(node is YamlScalar s ? $"'{Clip(s.Value)}'" : node.Describe)}");
            return null;
        }
        if (value < min || value > max)
        {
            Source.Error(node, key == "year" ? ErrorCodes.InvalidYear : ErrorCodes.InvalidValue, $"'{key}' is {value}; expected a number from {min} to {max}");
            return null;
        }
        return value;
    }

    /// <summary>A YAML boolean written <c>true</c> or <c>false</c> (not yes/no/on/off, which YAML 1.2 reads as text).</summary>
    public bool? OptionalBoolean(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalar { IsPlain: true, Value: "true" or "false" } scalar) return scalar.Value == "true";
        var given = node is YamlScalar text ? $"'{Clip(text.Value)}'" : node.Describe;
        Source.Error(node, ErrorCodes.WrongType, $"'{key}' is {given}; expected true or false");
        return null;
    }

    public TEnum? OptionalEnum<TEnum>(string key) where TEnum : struct, Enum
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalar scalar && Names<TEnum>.TryParse(scalar.Value, out var value)) return value;
        var given = node is YamlScalar text ? $"'{Clip(text.Value)}'" : node.Describe;
        var suggestion = node is YamlScalar word ? Spelling.Suggest(word.Value, Names<TEnum>.Ids) : null;
        Source.Error(node, ErrorCodes.InvalidValue,
            $"'{key}' is {given}; expected one of {string.Join(", ", Names<TEnum>.Ids)}{Spelling.DidYouMean(suggestion)}");
        return null;
    }

    public TEnum? RequiredEnum<TEnum>(string key) where TEnum : struct, Enum
    {
        var value = OptionalEnum<TEnum>(key);
        if (value is null && Node(key) is null) Missing(key, "one of " + string.Join(", ", Names<TEnum>.Ids));
        return value;
    }

    public IReadOnlyList<YamlNode> List(string key)
    {
        var node = Node(key);
        if (node is null) return [];
        if (node is YamlSequence sequence) return sequence.Items;
        Source.Error(node, ErrorCodes.WrongType, $"'{key}' must be a list, found {node.Describe}");
        return [];
    }

    public IReadOnlyList<string> TextList(string key, int maxLength = 5_000)
    {
        var result = new List<string>();
        foreach (var item in List(key))
        {
            if (item is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length is > 0 and var length)
            {
                if (length > maxLength) Source.Error(item, ErrorCodes.InvalidValue, $"an item of '{key}' is {length:N0} characters; at most {maxLength:N0} are allowed");
                else result.Add(scalar.Value.Trim());
            }
            else Source.Error(item, ErrorCodes.WrongType, $"each item of '{key}' must be text, found {item.Describe}");
        }
        return result;
    }

    public void Missing(string key, string expected) =>
        Source.Error(_mapping.Line, _mapping.Column, ErrorCodes.Missing, $"{_context} is missing '{key}'; expected {expected}");

    /// <summary>Reports every key that no read asked for.</summary>
    public void Finish()
    {
        foreach (var (key, entry) in _entries)
        {
            if (_known.Contains(key)) continue;
            Source.Error(entry.Key, ErrorCodes.UnknownKey,
                $"unknown key '{Clip(key)}' in {_context}{Spelling.DidYouMean(Spelling.Suggest(key, _known))}; known keys: {string.Join(", ", _known)}");
        }
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
