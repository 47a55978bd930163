namespace Evidence.Search.Analysis;

/// <summary>
/// Vocabulary concepts become tokens such as <c>concept:striae-distensae</c> beside the words that name
/// them, so lay and clinical words meet on one token. The tokenizer splits on ':' so user text can never
/// produce one of these tokens by itself.
/// </summary>
public static class ConceptTokens
{
    public const string Prefix = "concept:";

    public static string For(string conceptId) => Prefix + conceptId;

    public static bool IsConcept(string token) => token.StartsWith(Prefix, StringComparison.Ordinal);

    public static string ConceptId(string token) => token[Prefix.Length..];
}
