using System.Collections.Frozen;
using Evidence.Corpus.Loading;

namespace Evidence.Corpus.Vocabulary;

/// <summary>
/// The concepts of the corpus, looked up by id, label or any synonym (lay or clinical),
/// case- and spacing-insensitively.
/// </summary>
public sealed class ConceptVocabulary
{
    private readonly FrozenDictionary<string, Concept> _byId;
    private readonly FrozenDictionary<string, Concept[]> _byTerm;
    private readonly FrozenDictionary<string, string[]> _childrenById;

    public ConceptVocabulary(IEnumerable<Concept> concepts)
    {
        Concepts = [.. concepts];
        _byId = Concepts.ToFrozenDictionary(concept => concept.Id, StringComparer.Ordinal);
        _byTerm = Concepts
            .SelectMany(concept => concept.AllTerms.Append(concept.Id).Select(term => (Key: Normalise(term), concept)))
            .GroupBy(pair => pair.Key)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.concept).Distinct().ToArray());
        _childrenById = Concepts
            .Where(concept => concept.Parent is not null)
            .GroupBy(concept => concept.Parent!)
            .ToFrozenDictionary(group => group.Key, group => group.Select(concept => concept.Id).ToArray());
    }

    public static ConceptVocabulary Empty { get; } = new([]);

    public IReadOnlyList<Concept> Concepts { get; }

    public Concept? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when the concept is of kind adverse-event: a finding on such an outcome is a harm result, never a benefit.</summary>
    public bool IsHarm(string id) => Find(id)?.Kinds.Contains(ConceptKind.AdverseEvent) == true;

    /// <summary>
    /// The concept a user's word names: an id, the label, or a synonym. When several concepts share a
    /// term, the one of <paramref name="kind"/> wins.
    /// </summary>
    public Concept? Resolve(string term, ConceptKind? kind = null)
    {
        if (_byId.TryGetValue(term.Trim(), out var exact) && (kind is null || exact.Kinds.Contains(kind.Value))) return exact;
        if (!_byTerm.TryGetValue(Normalise(term), out var matches)) return null;
        return kind is null ? matches[0] : matches.FirstOrDefault(concept => concept.Kinds.Contains(kind.Value));
    }

    /// <summary>The concept and every concept above it, nearest first ("rolling scars", "acne scars", "scars"); a cycle ends the walk.</summary>
    public IReadOnlyList<string> SelfAndAncestors(string id)
    {
        var result = new List<string> { id };
        for (var parent = Find(id)?.Parent; parent is not null && !result.Contains(parent) && Find(parent) is { } concept; parent = concept.Parent)
            result.Add(parent);
        return result;
    }

    /// <summary>The concept and every concept below it, for "scars" to include "acne scars".</summary>
    public IReadOnlyList<string> SelfAndDescendants(string id) => Below(id, _ => true);

    /// <summary>
    /// The concept and the variants of it: its descendants reached without passing through a concept that
    /// adds a treatment (in-office microneedling is microneedling; microneedling with PRP is not).
    /// </summary>
    public IReadOnlyList<string> DirectVariants(string id) => Below(id, child => _byId[child].Adds.Count == 0);

    private List<string> Below(string id, Func<string, bool> follow)
    {
        var result = new List<string> { id };
        for (var i = 0; i < result.Count && result.Count < 1000; i++)
        {
            if (_childrenById.TryGetValue(result[i], out var children))
                result.AddRange(children.Where(child => !result.Contains(child) && follow(child)));
        }
        return result;
    }

    /// <summary>Concept ids nearest in spelling to <paramref name="term"/>, for "did you mean" messages.</summary>
    public IReadOnlyList<string> Nearest(string term, ConceptKind? kind = null, int count = 3)
    {
        var key = Normalise(term);
        return Concepts
            .Where(concept => kind is null || concept.Kinds.Contains(kind.Value))
            .Select(concept => (concept.Id, Distance: concept.AllTerms.Append(concept.Id)
                .Min(name => Spelling.Distance(key, Normalise(name)))))
            .Where(pair => pair.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(pair => pair.Distance).ThenBy(pair => pair.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => pair.Id)
            .ToArray();
    }

    public static string Normalise(string term) =>
        string.Join(' ', term.ToLowerInvariant().Replace('-', ' ').Replace('_', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
