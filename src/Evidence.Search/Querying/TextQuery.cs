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
    public static List<(string Term, int Position)> Terms(Analyzer analyzer, string text)
    {
        var clean = Clean(text);
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(IndexFields.Summary, clean);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (terms.Count < EvidenceQuery.MaxTerms && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), Math.Max(0, position)));
        }
        stream.End();
        return terms;
    }

    /// <summary>
    /// Each term sought in each of the ranking's fields (weighted), plus the words as a sloppy phrase in its phrase
    /// fields. Null when the text has no searchable term (only stop words or punctuation).
    /// </summary>
    public static Query? Build(EvidenceAnalyzer analyzer, string text, RankingOptions ranking) => Build(analyzer, Terms(analyzer, text), ranking);

    /// <summary>The same, from terms already analysed (a search analyses its text once, see <see cref="EvidenceSearcher"/>).</summary>
    public static Query? Build(EvidenceAnalyzer analyzer, List<(string Term, int Position)> analysed, RankingOptions ranking)
    {
        var terms = WithNarrowerConcepts(analyzer, analysed);
        if (terms.Count == 0) return null;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in ranking.Fields)
        {
            var fieldQuery = new BooleanQuery(disableCoord: true);
            foreach (var (term, _) in terms.DistinctBy(t => t.Term)) fieldQuery.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            fieldQuery.Boost = weight;
            query.Add(fieldQuery, Occur.SHOULD);
        }
        var words = terms.Where(t => !ConceptTokens.IsConcept(t.Term)).ToList();
        if (words.Count >= 2)
        {
            foreach (var (field, weight) in ranking.PhraseFields)
            {
                var phrase = new PhraseQuery { Slop = ranking.PhraseSlop, Boost = weight };
                foreach (var (term, position) in words) phrase.Add(new Term(field, term), position);
                query.Add(phrase, Occur.SHOULD);
            }
            foreach (var (field, weight) in ranking.PairFields) query.Add(Pairs(field, words, ranking.PairSlop, weight), Occur.SHOULD);
        }
        return query;
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
    /// A concept in the query also asks for the concepts below it: "stretch marks" (striae distensae) finds
    /// sources annotated with striae alba too. The narrower concepts share the broader one's position.
    /// </summary>
    private static List<(string Term, int Position)> WithNarrowerConcepts(EvidenceAnalyzer analyzer, List<(string Term, int Position)> terms)
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
