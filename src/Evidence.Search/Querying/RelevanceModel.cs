using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Evidence.Search.Ranking;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// RM3 query expansion (see <see cref="RelevanceFeedback"/>). Term weights follow Anserini's RM3: each feedback
/// document contributes its terms' relative frequencies times its score; the best terms are kept and their
/// weights L1-normalised; the original query is weighted by the feedback's original weight over its number of terms.
/// </summary>
public static class RelevanceModel
{

    /// <summary>
    /// <paramref name="textQuery"/> re-weighted with the expansion terms; documents must still match it, so the
    /// expansion re-ranks and never adds hits. <paramref name="textQuery"/> itself when nothing matches.
    /// </summary>
    public static Query Expand(IndexSearcher searcher, Analyzer analyzer, Query textQuery, int queryTermCount, IEnumerable<Query> filters, RankingOptions ranking)
    {
        if (ranking.Feedback is not { } feedback || queryTermCount == 0) return textQuery;
        var first = new BooleanQuery(disableCoord: true) { { textQuery, Occur.MUST } };
        foreach (var filter in filters) first.Add(filter, Occur.MUST);
        var top = searcher.Search(first, feedback.Documents);
        var terms = ExpansionTerms(searcher, analyzer, top.ScoreDocs, feedback.Terms);
        if (terms.Count == 0) return textQuery;

        var original = (Query)textQuery.Clone();
        original.Boost = feedback.OriginalWeight / queryTermCount;
        var expansion = new BooleanQuery(disableCoord: true) { Boost = 1 - feedback.OriginalWeight };
        foreach (var (term, weight) in terms)
        {
            foreach (var (field, fieldWeight) in ranking.Fields)
                expansion.Add(new TermQuery(new Term(field, term)) { Boost = (float)weight * fieldWeight }, Occur.SHOULD);
        }
        return new BooleanQuery(disableCoord: true) { { original, Occur.MUST }, { expansion, Occur.SHOULD } };
    }

    /// <summary>The <paramref name="count"/> terms most probable under the relevance model of the hits, weights summing to 1.</summary>
    internal static List<(string Term, double Weight)> ExpansionTerms(IndexSearcher searcher, Analyzer analyzer, IReadOnlyList<ScoreDoc> hits, int count)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var summary = StoredRecords.Read(searcher, hit.Doc);
            var tokens = AnalyzedText.Tokens(analyzer, IndexFields.Text, SummaryDocument.AllText(summary)).Select(t => t.Term).Where(IsExpansionTerm).ToList();
            if (tokens.Count == 0) continue;
            foreach (var group in tokens.GroupBy(t => t, StringComparer.Ordinal))
                weights[group.Key] = weights.GetValueOrDefault(group.Key) + (double)group.Count() / tokens.Count * hit.Score;
        }
        var best = weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(count).ToList();
        var total = best.Sum(w => w.Value);
        return total <= 0 ? [] : [.. best.Select(w => (w.Key, w.Value / total))];
    }

    /// <summary>As Anserini: words of 2 to 20 letters or digits, not bare numbers; concept tokens stay out (they are synonyms, not words).</summary>
    private static bool IsExpansionTerm(string term) =>
        term.Length is >= 2 and <= 20 && term.All(char.IsAsciiLetterOrDigit) && !term.All(char.IsAsciiDigit);
}
