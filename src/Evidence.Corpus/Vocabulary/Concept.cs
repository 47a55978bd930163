namespace Evidence.Corpus.Vocabulary;

/// <summary>
/// A term of the vocabulary: its preferred clinical label, clinical synonyms, lay synonyms, and an
/// optional broader concept (acne scars under scars).
/// </summary>
public sealed record Concept(
    string Id,
    IReadOnlyList<ConceptKind> Kinds,
    string Label,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Lay,
    string? Parent)
{
    /// <summary>Every name this concept is known by: label, clinical and lay synonyms.</summary>
    public IEnumerable<string> AllTerms => [Label, .. Synonyms, .. Lay];
}
