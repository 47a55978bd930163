using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Evidence.Search.Ranking;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// Turns free text into a Lucene query without a query parser: the text is analysed with the index's own
/// chain and each term becomes a clause, so no syntax a user types can throw or explode. Length and clause
/// count are capped.
/// </summary>
public static class TextQuery
{
    /// <summary>The analysed terms of the text, positions kept, capped at <see cref="EvidenceQuery.MaxTerms"/>.</summary>
    public static List<(string Term, int Position)> Terms(Analyzer analyzer, string text) => [.. Tokens(analyzer, text).Select(t => (t.Term, t.Position))];

    /// <summary>The same with each token's span in words: a concept token spans the words of the phrase that named it.</summary>
    public static List<QueryToken> Tokens(Analyzer analyzer, string text)
    {
        var clean = Clean(text);
        var terms = new List<QueryToken>();
        using var stream = analyzer.GetTokenStream(IndexFields.Summary, clean);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var length = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionLengthAttribute>();
        stream.Reset();
        var position = -1;
        while (terms.Count < EvidenceQuery.MaxTerms && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(new QueryToken(term.ToString(), Math.Max(0, position), Math.Max(1, length.PositionLength)));
        }
        stream.End();
        return terms;
    }

    /// <summary>
    /// Each term sought in each of the ranking's fields (weighted), plus the words as a sloppy phrase in its phrase
    /// fields. Null when the text has no searchable term (only stop words or punctuation).
    /// </summary>
    public static Query? Build(EvidenceAnalyzer analyzer, string text, RankingOptions ranking) => Build(Tokens(analyzer, text), ranking);

    /// <summary>
    /// The same, from tokens already analysed (a search analyses its text once, see <see cref="EvidenceSearcher"/>).
    /// A concept and the words that named it are one meaning and count once: per field, the better of the concept
    /// token and the sum of its words (a disjunction-max), so a source that says "stretch marks" and one that says
    /// "striae alba" meet on the concept, and the lay wording earns no extra weight for being spelled out in words.
    /// A concept's narrower concepts need no clauses: the index adds a broad concept's token wherever a narrower one is
    /// named (<see cref="EvidenceAnalyzer.ForIndexing"/>). With <paramref name="states"/>, the term queries use the terms'
    /// looked-up states instead of looking each term up again.
    /// </summary>
    public static Query? Build(IReadOnlyList<QueryToken> tokens, RankingOptions ranking, TermStates? states = null)
    {
        if (tokens.Count == 0) return null;
        TermQuery Clause(string field, string term) => states?.Query(new Term(field, term)) ?? new TermQuery(new Term(field, term));
        var concepts = tokens.Where(t => ConceptTokens.IsConcept(t.Term)).GroupBy(t => (t.Position, t.Length)).ToList();
        bool Covered(QueryToken word) => concepts.Any(c => word.Position >= c.Key.Position && word.Position < c.Key.Position + c.Key.Length);
        var loneWords = tokens.Where(t => !ConceptTokens.IsConcept(t.Term) && !Covered(t)).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in ranking.Fields)
        {
            var fieldQuery = new BooleanQuery(disableCoord: true) { Boost = weight };
            foreach (var concept in concepts)
            {
                var words = tokens.Where(t => !ConceptTokens.IsConcept(t.Term) && t.Position >= concept.Key.Position && t.Position < concept.Key.Position + concept.Key.Length)
                    .Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
                var meaning = new DisjunctionMaxQuery(0f);
                foreach (var token in concept.DistinctBy(t => t.Term)) meaning.Add(Clause(field, token.Term));
                if (words.Count > 0) meaning.Add(Any(field, words, Clause));
                fieldQuery.Add(meaning, Occur.SHOULD);
            }
            foreach (var word in loneWords) fieldQuery.Add(Clause(field, word), Occur.SHOULD);
            query.Add(fieldQuery, Occur.SHOULD);
        }
        var phraseWords = tokens.Where(t => !ConceptTokens.IsConcept(t.Term)).Select(t => (t.Term, t.Position)).ToList();
        if (phraseWords.Count >= 2)
        {
            foreach (var (field, weight) in ranking.PhraseFields)
            {
                var phrase = new PhraseQuery { Slop = ranking.PhraseSlop, Boost = weight };
                foreach (var (term, position) in phraseWords) phrase.Add(new Term(field, term), position);
                query.Add(phrase, Occur.SHOULD);
            }
            foreach (var (field, weight) in ranking.PairFields) query.Add(Pairs(field, phraseWords, ranking.PairSlop, weight), Occur.SHOULD);
        }
        return query;
    }

    private static Query Any(string field, List<string> words, Func<string, string, TermQuery> clause)
    {
        if (words.Count == 1) return clause(field, words[0]);
        var any = new BooleanQuery(disableCoord: true);
        foreach (var word in words) any.Add(clause(field, word), Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// Each two neighbouring words as a sloppy phrase, the ordered and unordered windows of the sequential
    /// dependence model (Metzler and Croft 2005) in Lucene's terms: a long claim rarely matches as a whole phrase,
    /// but its word pairs do.
    /// </summary>
    private static BooleanQuery Pairs(string field, List<(string Term, int Position)> words, int slop, float weight)
    {
        var pairs = new BooleanQuery(disableCoord: true) { Boost = weight };
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i + 1].Position == words[i].Position) continue;
            var pair = new PhraseQuery { Slop = slop };
            pair.Add(new Term(field, words[i].Term), 0);
            pair.Add(new Term(field, words[i + 1].Term), words[i + 1].Position - words[i].Position);
            pairs.Add(pair, Occur.SHOULD);
        }
        return pairs;
    }

    /// <summary>
    /// The terms with the concepts below each concept term, sharing its position: what a concept in a question asks
    /// about ("stretch marks", striae distensae, covers striae alba too), for reading a question's intent
    /// (<see cref="SafetyIntent"/>). The index matches them without it (<see cref="EvidenceAnalyzer.ForIndexing"/>).
    /// </summary>
    internal static List<(string Term, int Position)> WithNarrowerConcepts(EvidenceAnalyzer analyzer, List<(string Term, int Position)> terms)
    {
        var expanded = new List<(string Term, int Position)>(terms);
        foreach (var (term, position) in terms.Where(t => ConceptTokens.IsConcept(t.Term)))
        {
            foreach (var narrower in analyzer.Vocabulary.SelfAndDescendants(ConceptTokens.ConceptId(term)).Skip(1).Take(EvidenceQuery.MaxTerms))
                expanded.Add((ConceptTokens.For(narrower), position));
        }
        return expanded;
    }

    /// <summary>Caps the length and removes control characters (including NUL) before analysis.</summary>
    public static string Clean(string text)
    {
        var chars = (text.Length > EvidenceQuery.MaxTextLength ? text[..EvidenceQuery.MaxTextLength] : text).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsControl(chars[i]) || char.IsSurrogate(chars[i])) chars[i] = ' ';
        }
        return new string(chars);
    }
}

/// <summary>An analysed token of a question: its term, position and span in words (a concept spans its phrase).</summary>
public readonly record struct QueryToken(string Term, int Position, int Length);
