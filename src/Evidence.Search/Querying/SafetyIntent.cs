using Evidence.Corpus.Vocabulary;
using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// A question about safety, and how it is answered. A query asks about safety when it names a harm: a concept of kind
/// adverse-event that is not also a condition one treats ("side effects", "complications", "risks", "is it safe",
/// "what can go wrong", "infection": whatever words the vocabulary gives such concepts). Such a query
/// <list type="bullet">
/// <item>keeps the sources on its topic: those matching at least one of its other words (all sources when it has none),
/// so a safety review of one treatment does not answer a question about the safety of another;</item>
/// <item>lists among them first the sources that report harms and no benefit results (<see cref="HarmData.HarmsOnly"/>:
/// safety reviews, complication reports), then those with any adverse-event data, then the rest, each group in order
/// of relevance (<see cref="Factor"/>, applied by <see cref="LevelPrior"/>).</item>
/// </list>
/// The words naming the harm still count towards relevance within a group.
/// </summary>
public static class SafetyIntent
{
    /// <summary>Each harm-data tier multiplies the score by this, far beyond any text score ratio: the tiers come first.</summary>
    public const float TierSpacing = 1_000f;

    /// <summary>The harm concepts a query names, or none when it does not ask about safety.</summary>
    public static IReadOnlyList<Concept> Harms(IEnumerable<string> analysedTerms, ConceptVocabulary vocabulary) =>
        [.. analysedTerms.Where(ConceptTokens.IsConcept)
            .Select(term => vocabulary.Find(ConceptTokens.ConceptId(term)))
            .OfType<Concept>()
            .Where(concept => concept.Kinds.Contains(ConceptKind.AdverseEvent) && !concept.Kinds.Contains(ConceptKind.Condition))
            .DistinctBy(concept => concept.Id)];

    /// <summary>
    /// The factor for a document's <see cref="HarmData"/> tier and its number of harm entries. Within a tier, a source
    /// that reports more harms answers a safety question more fully (a review of adverse effects before a report of one
    /// complication), in proportion to the number of harms reported.
    /// </summary>
    public static float Factor(byte tier, byte harmEntries)
    {
        var breadth = Breadth(harmEntries);
        return tier switch
        {
            HarmData.HarmsOnly => TierSpacing * TierSpacing * breadth,
            HarmData.Some => TierSpacing * breadth,
            _ => 1f,
        };
    }

    /// <summary>How fully a source with this many harm entries answers a safety question, within its tier: in proportion to them.</summary>
    public static float Breadth(byte harmEntries) => Math.Max(1f, harmEntries);

    /// <summary>
    /// The clause that keeps a safety question on its topic: any of the query's terms other than the harms and the
    /// words that name them, in any searched field, scoring nothing itself. Null when the query has no such term.
    /// </summary>
    public static Query? Topic(Analyzer analyzer, IReadOnlyList<string> analysedTerms, IReadOnlyList<Concept> harms, IEnumerable<string> fields)
    {
        var harmWords = harms.SelectMany(h => h.AllTerms)
            .SelectMany(name => TextQuery.Terms(analyzer, name).Select(t => t.Term))
            .Concat(harms.Select(h => ConceptTokens.For(h.Id)))
            .ToHashSet(StringComparer.Ordinal);
        var topic = analysedTerms.Where(term => !harmWords.Contains(term)).Distinct(StringComparer.Ordinal).ToList();
        if (topic.Count == 0) return null;
        // Matched, not scored: each term's documents set in one bit set (TermBitsFilter, a common term's kept), where a
        // disjunction's scorer keeps a heap of its clauses for every document, and a topic word such as "after" is in
        // nearly all of them.
        var terms = TwoPassRanking.Covering(fields).SelectMany(field => topic.Select(term => new Term(field, term)));
        return new ConstantScoreQuery(new TermBitsFilter(terms)) { Boost = 0f };
    }
}
