using Evidence.Corpus.Vocabulary;

namespace Evidence.Search.Querying;

/// <summary>A concept offered for what a user has typed: the term that matched (a label, synonym or lay word) and its sources.</summary>
public sealed record ConceptSuggestion(Concept Concept, string Term, bool IsLay, int Count);

/// <summary>Autocomplete over concept labels, clinical synonyms and lay words.</summary>
internal static class ConceptSuggestions
{
    /// <summary>
    /// Terms starting with the typed text first, then terms with a word starting with it; within each, concepts
    /// used by more sources first, then shorter terms. One suggestion per concept.
    /// </summary>
    public static IReadOnlyList<ConceptSuggestion> For(ConceptVocabulary vocabulary, IReadOnlyDictionary<string, int> counts, string typed, int max)
    {
        var prefix = ConceptVocabulary.Normalise(typed);
        if (prefix.Length == 0) return [];
        return [.. vocabulary.Concepts
            .SelectMany(concept => concept.AllTerms.Select(term => (concept, term, isLay: concept.Lay.Contains(term), key: ConceptVocabulary.Normalise(term))))
            .Select(m => (m.concept, m.term, m.isLay, rank: m.key.StartsWith(prefix, StringComparison.Ordinal) ? 0 : m.key.Contains(" " + prefix, StringComparison.Ordinal) ? 1 : 2))
            .Where(m => m.rank < 2)
            .OrderBy(m => m.rank).ThenByDescending(m => counts.GetValueOrDefault(m.concept.Id)).ThenBy(m => m.term.Length)
            .DistinctBy(m => m.concept.Id)
            .Take(max)
            .Select(m => new ConceptSuggestion(m.concept, m.term, m.isLay, counts.GetValueOrDefault(m.concept.Id)))];
    }
}
