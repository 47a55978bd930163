namespace Evidence.Corpus.Vocabulary;

/// <summary>
/// A term of the vocabulary: its preferred clinical label, clinical synonyms, lay synonyms, and an
/// optional broader concept (acne scars under scars). <see cref="Adds"/> names the treatments a combination
/// adds on top of its parent (microneedling with PRP adds platelet-rich plasma to microneedling).
/// </summary>
public sealed record Concept(
    string Id,
    IReadOnlyList<ConceptKind> Kinds,
    string Label,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Lay,
    string? Parent)
{
    /// <summary>
    /// What this intervention adds to its parent; empty for the parent's own variants. Evidence on a concept
    /// that adds something is indirect evidence for its parent alone.
    /// </summary>
    public IReadOnlyList<string> Adds { get; init; } = [];

    public bool IsCombination => Adds.Count > 0;

    /// <summary>Every name this concept is known by: label, clinical and lay synonyms.</summary>
    public IEnumerable<string> AllTerms => [Label, .. Synonyms, .. Lay];
}
