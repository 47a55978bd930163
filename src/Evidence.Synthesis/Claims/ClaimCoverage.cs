using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Claims;

/// <summary>
/// Whether the library covers a concept (some source names it), and the nearest covered concepts for words it does
/// not: concepts sharing a word or a near spelling first, then those that appear with the claim's other concepts
/// (for an unknown harm, the harms reported for the treatment), most-cited first.
/// </summary>
internal sealed class ClaimCoverage(ConceptVocabulary vocabulary, Func<string, int> sourcesNaming)
{
    public const int NearestCount = 5;

    public static Func<string, int> From(IReadOnlyList<StudySummary> sources)
    {
        var counts = sources
            .SelectMany(s => s.Interventions.Concat(s.Comparators).Concat(s.Conditions).Concat(s.AdverseEvents.Select(a => a.Event))
                .Concat(s.Findings.SelectMany(f => new[] { f.Condition, f.Outcome, f.Intervention, f.Comparator }.OfType<string>())).Distinct())
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return id => counts.GetValueOrDefault(id);
    }

    public bool Covers(string id) => vocabulary.SelfAndDescendants(id).Any(d => sourcesNaming(d) > 0);

    public IReadOnlyList<RecognisedConcept> Nearest(string words, ConceptKind kind, IEnumerable<string> alongside)
    {
        var keys = ClaimText.Words(words).Where(k => k.Length >= 4 && !ClaimLexicon.IsFiller(k)).ToArray();
        var candidates = vocabulary.Concepts.Where(c => c.Kinds.Contains(kind) && Covers(c.Id)).ToList();
        var sharing = candidates.Where(c => c.AllTerms.SelectMany(ClaimText.Words).Any(w => keys.Any(k => Stem(w) == Stem(k))));
        var spelled = keys.SelectMany(k => vocabulary.Nearest(k, kind)).Select(vocabulary.Find).OfType<Concept>().Where(c => candidates.Contains(c));
        var together = alongside.Distinct().Select(vocabulary.Find).OfType<Concept>().Where(c => candidates.Contains(c));
        return [.. sharing.OrderByDescending(c => sourcesNaming(c.Id))
            .Concat(spelled)
            .Concat(together.OrderByDescending(c => sourcesNaming(c.Id)))
            .DistinctBy(c => c.Id)
            .Take(NearestCount)
            .Select(c => new RecognisedConcept(c.Id, c.Label, c.Label))];
    }

    /// <summary>The first five letters: "bleeding" meets "bleed", "infections" meets "infection".</summary>
    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;
}
