using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Claims;

/// <summary>
/// The treatments a claim is about. <see cref="Direct"/> is the treatment and its direct variants (vocabulary
/// <c>DirectVariants</c>); <see cref="All"/> adds the combinations below it, whose findings are indirect evidence for
/// the treatment alone (GRADE: indirectness of the intervention).
/// </summary>
internal sealed record ClaimScope(string Id, string Label, HashSet<string> Direct, HashSet<string> All)
{
    public static ClaimScope For(ConceptVocabulary vocabulary, string id) => new(
        id,
        vocabulary.Find(id)?.Label ?? id,
        vocabulary.DirectVariants(id).ToHashSet(StringComparer.Ordinal),
        vocabulary.SelfAndDescendants(id).ToHashSet(StringComparer.Ordinal));

    public bool Contains(string? id) => id is not null && All.Contains(id);

    public bool IsIndirect(string id) => !Direct.Contains(id);
}
