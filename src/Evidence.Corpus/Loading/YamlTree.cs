namespace Evidence.Corpus.Loading;

/// <summary>
/// A minimal YAML tree with the position of every node. The loader builds its own instead of using
/// YamlDotNet's representation model so that it can refuse aliases and bound depth and size while reading.
/// </summary>
internal abstract record YamlNode(int Line, int Column)
{
    public abstract string Describe { get; }
}

internal sealed record YamlScalar(int Line, int Column, string Value, bool IsPlain) : YamlNode(Line, Column)
{
    /// <summary>A plain "~", "null" or empty scalar: the field is there but has no value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe => IsNull ? "nothing" : "a text value";
}

internal sealed record YamlMapping(int Line, int Column, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Line, Column)
{
    public override string Describe => "a mapping";
}

internal sealed record YamlSequence(int Line, int Column, IReadOnlyList<YamlNode> Items) : YamlNode(Line, Column)
{
    public override string Describe => "a list";
}
