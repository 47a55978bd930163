using Evidence.Corpus.Vocabulary;
using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// What of a question the library does not cover. A question is not covered when it names a vocabulary concept that no
/// source is annotated with (nor with any concept below it), or when none of its words is in any source;
/// <see cref="NotCovered"/> then lists those parts as the user wrote them. Such a question is not answered from the
/// rest of its words (the API withholds the hits and says how many sources match without the uncovered part): that
/// would rank the library by chance. <see cref="UnknownWords"/> lists words no source contains in a question that is
/// otherwise covered: the results match its other words (a paraphrase may still find its sources by meaning).
/// <see cref="Nearest"/> lists covered concepts near the gaps: for a concept its broader, narrower and sibling concepts
/// with sources, then covered concepts of its kind spelled alike; for a word, covered concepts spelled alike.
/// </summary>
public sealed record QueryCoverage(bool Covered, IReadOnlyList<UncoveredTerm> NotCovered, IReadOnlyList<NearConcept> Nearest)
{
    public static QueryCoverage Full { get; } = new(true, [], []);

    /// <summary>Words no source contains, in a question that is otherwise covered.</summary>
    public IReadOnlyList<string> UnknownWords { get; init; } = [];

    /// <summary>How many nearest concepts are listed at most.</summary>
    public const int NearestLimit = 6;

    internal static QueryCoverage Of(IndexSearcher searcher, EvidenceAnalyzer analyzer, Func<string, int> count,
        EvidenceQuery query, IEnumerable<string> fields)
    {
        var vocabulary = analyzer.Vocabulary;
        int Sources(string id) => vocabulary.SelfAndDescendants(id).Sum(count);
        var notCovered = new List<UncoveredTerm>();
        var uncoveredConcepts = new List<Concept>();
        void Concept(Concept concept, string text)
        {
            if (Sources(concept.Id) > 0 || uncoveredConcepts.Contains(concept)) return;
            uncoveredConcepts.Add(concept);
            notCovered.Add(new UncoveredTerm(text, concept.Id, concept.Label));
        }
        // A filter dimension lists the requested concept first, then the ones below it.
        foreach (var group in new[] { query.Conditions, query.Outcomes, query.Interventions }.Where(g => g.Count > 0))
        {
            if (group.All(id => count(id) == 0) && vocabulary.Find(group[0]) is { } concept) Concept(concept, concept.Label);
        }
        var unknownWords = new List<string>();
        var anyKnown = false;
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var fieldList = fields.ToList();
            var (concepts, words) = Parts(analyzer, TextQuery.Clean(query.Text));
            foreach (var (id, text) in concepts)
            {
                if (vocabulary.Find(id) is not { } concept) continue;
                Concept(concept, text);
                anyKnown |= Sources(concept.Id) > 0;
            }
            foreach (var (term, text) in words)
            {
                if (unknownWords.Contains(text, StringComparer.OrdinalIgnoreCase)) continue;
                if (fieldList.Any(field => searcher.IndexReader.DocFreq(new Term(field, term)) > 0)) anyKnown = true;
                else unknownWords.Add(text);
            }
        }
        // Unknown words alone do not stop an answer from the other words; a question of unknown words only has none.
        if (!anyKnown) notCovered.AddRange(unknownWords.Select(word => new UncoveredTerm(word, null, null)));
        if (notCovered.Count == 0)
            return unknownWords.Count == 0 ? Full : Full with { UnknownWords = unknownWords, Nearest = Near(unknownWords) };

        var nearest = new List<string>();
        foreach (var concept in uncoveredConcepts)
            nearest.AddRange(Neighbours(vocabulary, concept).Concat(vocabulary.Nearest(concept.Label, concept.Kinds[0], 10)).Where(id => Sources(id) > 0));
        nearest.AddRange(unknownWords.SelectMany(word => vocabulary.Nearest(word, null, 10)).Where(id => Sources(id) > 0));
        return new QueryCoverage(false, notCovered, Listed(nearest)) { UnknownWords = anyKnown ? unknownWords : [] };

        List<NearConcept> Near(IEnumerable<string> words) => Listed(words.SelectMany(word => vocabulary.Nearest(word, null, 10)).Where(id => Sources(id) > 0));

        List<NearConcept> Listed(IEnumerable<string> ids) =>
            [.. ids.Distinct(StringComparer.Ordinal).Take(NearestLimit).Select(id => new NearConcept(id, vocabulary.Find(id)!.Label, Distinct(searcher, vocabulary.SelfAndDescendants(id))))];
    }

    /// <summary>Sources annotated with any of the concepts (each source once).</summary>
    private static int Distinct(IndexSearcher searcher, IReadOnlyList<string> ids)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in ConceptCounts.Fields)
            foreach (var id in ids.Take(EvidenceQuery.MaxTerms)) any.Add(new TermQuery(new Term(field, id)), Occur.SHOULD);
        var total = new TotalHitCountCollector();
        searcher.Search(any, total);
        return total.TotalHits;
    }

    /// <summary>The concepts named in the text (with the words that name them) and the words outside any concept.</summary>
    private static (List<(string Id, string Text)> Concepts, List<(string Term, string Text)> Words) Parts(EvidenceAnalyzer analyzer, string text)
    {
        var tokens = new List<(string Term, int Start, int End)>();
        using (var stream = analyzer.GetTokenStream(IndexFields.Summary, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (tokens.Count < EvidenceQuery.MaxTerms * 2 && stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
            stream.End();
        }
        var concepts = tokens.Where(t => ConceptTokens.IsConcept(t.Term)).ToList();
        var words = tokens.Where(t => !ConceptTokens.IsConcept(t.Term))
            .Where(w => !concepts.Any(c => w.Start >= c.Start && w.End <= c.End))
            .Select(w => (w.Term, text[w.Start..w.End])).ToList();
        // Of two concepts named by the same words ("dark patches"), or one inside another's words, each is kept.
        return ([.. concepts.Select(c => (ConceptTokens.ConceptId(c.Term), text[c.Start..c.End]))], words);
    }

    /// <summary>Broader, narrower and sibling concepts, nearest first.</summary>
    private static IEnumerable<string> Neighbours(ConceptVocabulary vocabulary, Concept concept)
    {
        for (var parent = concept.Parent; parent is not null; parent = vocabulary.Find(parent)?.Parent)
            yield return parent;
        foreach (var below in vocabulary.SelfAndDescendants(concept.Id).Skip(1)) yield return below;
        if (concept.Parent is not null)
            foreach (var sibling in vocabulary.SelfAndDescendants(concept.Parent).Skip(1)) yield return sibling;
    }
}

/// <summary>A part of a question the library does not cover: the words as written, and the concept they name if any.</summary>
public sealed record UncoveredTerm(string Text, string? Concept, string? Label);

/// <summary>A covered concept near an uncovered one, with the number of sources annotated with it or below it.</summary>
public sealed record NearConcept(string Id, string Label, int Sources);
