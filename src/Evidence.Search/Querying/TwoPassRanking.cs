using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Evidence.Search.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// Free text ranked in two passes. The first is a flat disjunction of the question's distinct terms in the combined
/// text field, which Lucene scores in bulk windows (BooleanScorer), one postings list a term. The ranking's own query
/// (<see cref="TextQuery"/>: per field, a disjunction-max of each concept and its words; the title a second field, whose
/// postings are nearly as long as the text's because a title names what its source is about) is scored document at a
/// time through nested scorers, and was scored for every match. The second pass scores only the first pass's best
/// candidates (<see cref="Candidates"/>) with the ranking's query (<see cref="Rescore"/>), so the page is in the
/// ranking's order and its scores are the ranking's.
/// </summary>
/// <remarks>
/// The two passes match the same sources, so totals and facets, counted in the first, do not change: every field the
/// ranking may search is a part of the combined text analysed by the same chain (<see cref="SummaryDocument.AllText"/>),
/// so a term found in one of them is found in the text, and the text is searched itself. Only which sources reach the
/// top k can differ from scoring everything with the ranking's query: one the first pass puts below k whose title or
/// concept matches would have lifted it onto the page. By relevance the first pass is not scored by Lucene's bulk
/// scorer but pruned (<see cref="PrunedFirstPass"/>: the same candidates, without scoring every match).
/// </remarks>
public static class TwoPassRanking
{
    /// <summary>Fields whose terms are all in <see cref="IndexFields.Text"/> as well (it joins them, analysed alike).</summary>
    private static readonly HashSet<string> PartsOfText = [IndexFields.Title, IndexFields.Summary, IndexFields.Findings, IndexFields.KeyPoints, IndexFields.Abstract];

    /// <summary>
    /// Fields that match what all of <paramref name="fields"/> match: without the parts of the combined text when the text
    /// is among them, as every term of a part is in the text.
    /// </summary>
    public static IEnumerable<string> Covering(IEnumerable<string> fields)
    {
        var distinct = fields.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Contains(IndexFields.Text) ? distinct.Where(field => !PartsOfText.Contains(field)) : distinct;
    }

    /// <summary>
    /// How many of the first pass's best sources the ranking's query scores for a page that ends at
    /// <paramref name="wanted"/>: <see cref="RankingOptions.FirstPassCandidates"/>, and at least the page's end plus half
    /// as many again, so that sources just below the page's end can still score onto it.
    /// </summary>
    public static int Candidates(RankingOptions ranking, int wanted) => Math.Max(ranking.FirstPassCandidates, wanted + ranking.FirstPassCandidates / 2);

    /// <summary>
    /// The first pass's query for these tokens: each distinct term once in the combined text, at the text field's
    /// weight. Null when the ranking has no first pass (<see cref="RankingOptions.FirstPassCandidates"/> 0) or searches a
    /// field that is not a part of the text, where a first pass over the text alone could match fewer sources than the
    /// ranking's query.
    /// </summary>
    public static Query? FirstPass(IReadOnlyList<QueryToken> tokens, RankingOptions ranking, TermStates? states = null)
    {
        if (tokens.Count == 0 || ranking.FirstPassCandidates <= 0) return null;
        var text = ranking.Fields.Where(f => f.Field == IndexFields.Text).ToList();
        if (text.Count != 1 || !ranking.SearchedFields.All(field => field == IndexFields.Text || PartsOfText.Contains(field))) return null;
        var query = new BooleanQuery(disableCoord: true) { Boost = text[0].Weight };
        foreach (var term in tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal))
            query.Add(states?.Query(new Term(IndexFields.Text, term)) ?? new TermQuery(new Term(IndexFields.Text, term)), Occur.SHOULD);
        return query;
    }

    /// <summary>
    /// Free text in an order other than relevance, by year (newest first) or by evidence level (best first), each
    /// followed by the ranking's score for ties, in two passes like relevance's. The first pass's query finds every match,
    /// counted by <paramref name="facets"/>, and keeps the best candidates by the key and then its own score; the ranking's
    /// query scores only those, and they are ordered by the key and that score. The key's order is exact: every source
    /// whose key sorts before the page's last key is a candidate. Within the last key on the page, as with relevance,
    /// a source the first pass places below the candidates could have scored onto the page.
    /// </summary>
    internal static (ScoreDoc[] Hits, int Total) Sorted(IndexSearcher searcher, Query firstPass, TermStates? states, Query ranking, IReadOnlyList<Query> filters,
        SortOrder order, int wanted, RankingOptions options, FacetCollector? facets, bool safety)
    {
        var size = Candidates(options, wanted);
        ScoreDoc[] candidates;
        int total;
        if (PrunedFirstPass.Supports(searcher, firstPass))
        {
            // Every match's key is read; only the matches with the last key that fits are scored.
            (candidates, total) = PrunedFirstPass.SearchByKey(searcher, (BooleanQuery)firstPass, states, filters, size, order, facets, safety);
        }
        else
        {
            var first = new KeyThenScore(order, size);
            AcceptedSearch.Search(searcher, firstPass, filters, LevelPrior.Wrap(facets is null ? first : MultiCollector.Wrap(first, facets), safety));
            (candidates, total) = (first.Candidates(), first.TotalHits);
        }
        var hits = Rescore(searcher, ranking, candidates, safety);
        var leaves = searcher.IndexReader.Leaves;
        var keys = hits.ToDictionary(hit => hit.Doc, hit =>
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var segment = SegmentFacets.For(leaf.AtomicReader);
            return (Level: (int)segment.Levels[hit.Doc - leaf.DocBase], Year: (int)segment.Years[hit.Doc - leaf.DocBase]);
        });
        // As the one-pass sorts order them (EvidenceSearcher.SortBy): the key, the score, by level then the year, then the document.
        Array.Sort(hits, (a, b) =>
        {
            var (x, y) = (keys[a.Doc], keys[b.Doc]);
            var byKey = order == SortOrder.Year ? y.Year.CompareTo(x.Year) : x.Level.CompareTo(y.Level);
            if (byKey != 0) return byKey;
            if (a.Score != b.Score) return b.Score.CompareTo(a.Score);
            var byYear = order == SortOrder.Level ? y.Year.CompareTo(x.Year) : 0;
            return byYear != 0 ? byYear : a.Doc.CompareTo(b.Doc);
        });
        return (hits, total);
    }

    /// <summary>
    /// The best <paramref name="size"/> matches by a key read from the segment's arrays (<see cref="SegmentFacets"/>: the
    /// year, newest first, or the level, best first; a source without one counts as 0 as in Lucene's sorts), then by
    /// score, then by document. A match whose key is worse than the worst kept one is passed over without its score, so
    /// once the newest year fills the list most matches cost one array read.
    /// </summary>
    private sealed class KeyThenScore(SortOrder order, int size) : ICollector
    {
        // The worst kept candidate on top: the lowest key, then the lowest score, then the highest document.
        private readonly PriorityQueue<int, (int Key, float Score, int Doc)> _kept = new(size, Comparer<(int Key, float Score, int Doc)>.Create((a, b) =>
            a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));
        private SegmentFacets? _segment;
        private Scorer? _scorer;
        private int _docBase;

        public int TotalHits { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => (_segment, _docBase) = (SegmentFacets.For(context.AtomicReader), context.DocBase);

        public void Collect(int doc)
        {
            TotalHits++;
            var key = order == SortOrder.Year ? _segment!.Years[doc] : -_segment!.Levels[doc];
            if (_kept.Count < size)
            {
                _kept.Enqueue(_docBase + doc, (key, _scorer!.GetScore(), _docBase + doc));
                return;
            }
            _kept.TryPeek(out _, out var worst);
            if (key < worst.Key) return;
            var candidate = (key, _scorer!.GetScore(), _docBase + doc);
            if (_kept.Comparer.Compare(candidate, worst) > 0) _kept.DequeueEnqueue(_docBase + doc, candidate);
        }

        public ScoreDoc[] Candidates() => [.. _kept.UnorderedItems.Select(item => new ScoreDoc(item.Element, item.Priority.Score))];
    }

    /// <summary>
    /// The <paramref name="candidates"/> scored by <paramref name="ranking"/> (the ranking's query),
    /// prior applied as the collectors apply it (<see cref="LevelPrior"/>), best first, ties by document number as Lucene
    /// orders them.
    /// </summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query ranking, IReadOnlyList<ScoreDoc> candidates, bool safety)
    {
        var weight = searcher.CreateNormalizedWeight(ranking);
        var byDoc = candidates.Select(c => c.Doc).Order().ToArray();
        var leaves = searcher.IndexReader.Leaves;
        var rescored = new ScoreDoc[byDoc.Length];
        var i = 0;
        while (i < byDoc.Length)
        {
            var leaf = leaves[ReaderUtil.SubIndex(byDoc[i], leaves)];
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            var segment = SegmentFacets.For(leaf.AtomicReader);
            for (; i < byDoc.Length && byDoc[i] < end; i++)
            {
                var doc = byDoc[i] - leaf.DocBase;
                // Every candidate matched the first pass, and so matches the ranking's query; 0 only if it did not.
                var score = scorer is not null && (scorer.DocID == doc || (scorer.DocID < doc && scorer.Advance(doc) == doc)) ? scorer.GetScore() : 0f;
                rescored[i] = new ScoreDoc(byDoc[i], LevelPrior.Weigh(segment, doc, score, safety));
            }
        }
        Array.Sort(rescored, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return rescored;
    }
}
