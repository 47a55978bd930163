using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Evidence.Search.Ranking;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// Answers an <see cref="EvidenceQuery"/> from one consistent snapshot of the index. With a <paramref name="semantic"/>
/// ranker, free text sorted by relevance has its top hits re-ranked by meaning (<see cref="SearchResult.Hybrid"/>).
/// </summary>
public sealed class EvidenceSearcher(EvidenceIndex index, ISemanticRanker? semantic = null)
{
    public SearchResult Search(EvidenceQuery request)
    {
        var analyzer = index.Analyzer;
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var facets = new FacetCollector();
        // The text is analysed once; ranking, feedback and snippets share the terms.
        var terms = Analyse(analyzer, request);
        var (docs, total, hybrid) = Rank(searcher, request, terms, facets);
        var queryTerms = terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var stored = SnippetBuilder.StoredMatches(searcher.IndexReader, [.. docs.ScoreDocs.Select(d => d.Doc)], queryTerms);
        var leaves = searcher.IndexReader.Leaves;
        var hits = docs.ScoreDocs.Select(scoreDoc =>
        {
            var leaf = leaves[Lucene.Net.Index.ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            var address = RecordAddress.Of(leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase);
            var summary = HitRecords.Read(leaf.AtomicReader, address);
            var snippet = stored is not null
                ? SnippetBuilder.FromStoredMatches(summary, stored[scoreDoc.Doc], queryTerms)
                : SnippetBuilder.Build(analyzer, queryTerms, [summary.Summary, .. summary.Findings.Select(f => f.Effect), .. summary.KeyPoints, summary.Abstract, summary.Title]);
            return new SearchHit(summary, float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, snippet, address);
        }).ToList();
        return new SearchResult(total, hits, facets.Result()) { Hybrid = hybrid };
    }

    /// <summary>
    /// The page of hits alone, as document numbers and scores: the Lucene part of <see cref="Search"/>, without
    /// facets, stored records or snippets (what the benchmark compares the whole search with).
    /// </summary>
    public TopDocs Rank(EvidenceQuery request)
    {
        using var lease = index.Acquire();
        return Rank(lease.Searcher, request, Analyse(index.Analyzer, request), facets: null).Docs;
    }

    private static List<QueryToken> Analyse(EvidenceAnalyzer analyzer, EvidenceQuery request) =>
        string.IsNullOrWhiteSpace(request.Text) ? [] : TextQuery.Tokens(analyzer, request.Text);

    private (TopDocs Docs, int Total, bool Hybrid) Rank(IndexSearcher searcher, EvidenceQuery request, List<QueryToken> terms, FacetCollector? facets)
    {
        var analyzer = index.Analyzer;
        var ranking = index.Profile.Ranking;
        // Both passes of a search look each term up once (TermStates).
        var states = terms.Count > 0 ? TermStates.Of(searcher, ranking.SearchedFields, terms.Select(t => t.Term)) : null;
        var text = TextQuery.Build(terms, ranking, states);
        var filters = FilterQuery.Build(request).ToList();
        // Feedback changes only the order, so it is skipped when the order is not by relevance.
        if (text is not null && ranking.Feedback is not null && request.Sort == SortOrder.Relevance)
            text = RelevanceModel.Expand(searcher, analyzer, text, terms.DistinctBy(t => t.Term).Count(), filters, ranking);
        // A safety question keeps to its topic and ranks by harm data first (SafetyIntent).
        var named = text is null ? [] : TextQuery.WithNarrowerConcepts(analyzer, [.. terms.Select(t => (t.Term, t.Position))]).Select(t => t.Term).ToList();
        var harms = SafetyIntent.Harms(named, index.Vocabulary);
        if (harms.Count > 0 && SafetyIntent.Topic(analyzer, [.. terms.Select(t => t.Term)], harms, ranking.Fields.Select(f => f.Field)) is { } topic) filters.Add(topic);
        var wanted = Math.Clamp(request.Page * request.PageSize, 1, EvidenceQuery.MaxWindow);
        var rerank = semantic is not null && text is not null && request.Sort == SortOrder.Relevance;
        if (rerank) wanted = Math.Max(wanted, semantic!.Depth);
        // A cheap first pass over every match (TwoPassRanking), then the ranking's query over the sources that can reach
        // the page; feedback has already searched with the ranking's query.
        var first = request.Sort != SortOrder.Relevance || ranking.Feedback is null ? TwoPassRanking.FirstPass(terms, ranking, states) : null;
        var skip = (request.Page - 1) * request.PageSize;
        if (first is not null && request.Sort != SortOrder.Relevance)
        {
            var (sorted, total) = TwoPassRanking.Sorted(searcher, first, states, text!, filters, request.Sort, wanted, ranking, facets, safety: harms.Count > 0);
            return (new TopDocs(total, [.. sorted.Skip(skip).Take(request.PageSize)], float.NaN), total, false);
        }
        var ranked = wanted;
        if (first is not null) wanted = TwoPassRanking.Candidates(ranking, wanted);
        var all = first is not null && PrunedFirstPass.Supports(searcher, first)
            ? FirstPassThenRescore(searcher, (BooleanQuery)first, states, text!, filters, wanted, ranked, facets, safety: harms.Count > 0)
            : null;
        ICollector? top = null;
        if (all is null)
        {
            top = SortBy(request.Sort) is { } order
                ? TopFieldCollector.Create(order, wanted, true, true, false, false)
                // Not in order: a disjunction is then scored in bulk windows.
                : TopScoreDocCollector.Create(wanted, false);
            var collector = facets is null ? top : MultiCollector.Wrap(top, facets);
            if (text is null)
            {
                var filtered = new BooleanQuery(disableCoord: true) { { new MatchAllDocsQuery(), Occur.MUST } };
                foreach (var filter in filters) filtered.Add(filter, Occur.MUST);
                searcher.Search(filtered, collector);
            }
            else AcceptedSearch.Search(searcher, first ?? text, filters, LevelPrior.Wrap(collector, safety: harms.Count > 0));

            // The top collector counts every hit, so the total comes with the page.
            all = top is not TopScoreDocCollector relevance ? null
                : first is not null ? Rescored(searcher, text!, relevance.GetTopDocs().ScoreDocs, relevance.TotalHits, ranked, safety: harms.Count > 0)
                : rerank ? relevance.GetTopDocs() : null;
        }
        if (all is not null)
        {
            if (rerank && Rerank(searcher, request.Text!, all, safety: harms.Count > 0) is { } reranked)
                return (new TopDocs(all.TotalHits, [.. reranked.Skip(skip).Take(request.PageSize)], float.NaN), all.TotalHits, true);
            return (new TopDocs(all.TotalHits, [.. all.ScoreDocs.Skip(skip).Take(request.PageSize)], all.MaxScore), all.TotalHits, false);
        }
        return top switch
        {
            TopFieldCollector fields => (fields.GetTopDocs(skip, request.PageSize), fields.TotalHits, false),
            TopScoreDocCollector scores => (scores.GetTopDocs(skip, request.PageSize), scores.TotalHits, false),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>The sort of an order other than relevance: its key first, then the score (with the prior) for ties.</summary>
    private static Sort? SortBy(SortOrder order) => order switch
    {
        SortOrder.Level => new Sort(new SortField(IndexFields.Level, SortFieldType.INT32), SortField.FIELD_SCORE, new SortField(IndexFields.Year, SortFieldType.INT32, true)),
        SortOrder.Year => new Sort(new SortField(IndexFields.Year, SortFieldType.INT32, true), SortField.FIELD_SCORE),
        _ => null,
    };

    /// <summary>
    /// The first pass's candidates scored by the ranking's query, its best <paramref name="count"/>, with the first pass's
    /// total. The candidates passed the filters, which add nothing to a score, so the text query alone scores them.
    /// </summary>
    private static TopDocs Rescored(IndexSearcher searcher, Query ranking, IReadOnlyList<ScoreDoc> candidates, int total, int count, bool safety)
    {
        var rescored = TwoPassRanking.Rescore(searcher, ranking, candidates, safety);
        return new TopDocs(total, [.. rescored.Take(count)], rescored.Length == 0 ? float.NaN : rescored[0].Score);
    }

    /// <summary>
    /// Free text by relevance in two passes, the first pruned (<see cref="PrunedFirstPass"/>): every match counted, the
    /// best <paramref name="candidates"/> by the first pass's score rescored by the ranking's query.
    /// </summary>
    private static TopDocs FirstPassThenRescore(IndexSearcher searcher, BooleanQuery firstPass, TermStates? states, Query ranking,
        IReadOnlyList<Query> filters, int candidates, int count, FacetCollector? facets, bool safety)
    {
        var (found, total) = PrunedFirstPass.Search(searcher, firstPass, states, filters, candidates, facets, safety);
        return Rescored(searcher, ranking, found, total, count, safety);
    }

    /// <summary>
    /// The semantic ranker's order for the first <see cref="ISemanticRanker.Depth"/> hits, followed by the rest in
    /// lexical order (scored below them), or null when the ranker cannot rank this text now. For a safety question the
    /// harm-data tiers stay in order and the ranker orders each: it normalises the lexical scores, which would otherwise
    /// let a close paraphrase without harm data pass a safety review (<see cref="SafetyIntent"/>: the tiers come first).
    /// </summary>
    private List<ScoreDoc>? Rerank(IndexSearcher searcher, string text, TopDocs all, bool safety)
    {
        var depth = Math.Min(semantic!.Depth, all.ScoreDocs.Length);
        if (depth == 0) return null;
        var leaves = searcher.IndexReader.Leaves;
        var scratch = new Lucene.Net.Util.BytesRef();
        var candidates = new List<RankedCandidate>(depth);
        var tiers = new Dictionary<int, (byte Tier, float Breadth)>(depth);
        foreach (var hit in all.ScoreDocs.Take(depth))
        {
            var leaf = leaves[Lucene.Net.Index.ReaderUtil.SubIndex(hit.Doc, leaves)];
            var hashes = leaf.AtomicReader.GetBinaryDocValues(IndexFields.ContentHash);
            hashes?.Get(hit.Doc - leaf.DocBase, scratch);
            var facets = SegmentFacets.For(leaf.AtomicReader);
            tiers[hit.Doc] = safety ? (facets.HarmTiers[hit.Doc - leaf.DocBase], SafetyIntent.Breadth(facets.HarmEntries[hit.Doc - leaf.DocBase])) : ((byte)0, 1f);
            candidates.Add(new RankedCandidate(hit.Doc, hit.Score, hashes is null ? "" : scratch.Utf8ToString()));
        }
        if (semantic.Rerank(text, candidates) is not { } order) return null;
        // Within a tier a safety question weighs each source's meaning score by its harm breadth, as the lexical ranking
        // does (SafetyIntent.Factor). Scores lie in [0, 1] after dividing by the widest breadth; an offset per tier keeps
        // them falling down the list.
        var widest = tiers.Values.Max(t => t.Breadth);
        var reranked = order.Select(c => new ScoreDoc(c.Doc, c.Score * tiers[c.Doc].Breadth / widest + 2f * tiers[c.Doc].Tier))
            .OrderByDescending(c => c.Score).ToList();
        var floor = reranked.Count == 0 ? 0 : reranked.Min(c => c.Score);
        return [.. reranked, .. all.ScoreDocs.Skip(depth).Select(hit => new ScoreDoc(hit.Doc, Math.Min(floor, hit.Score)))];
    }

    /// <summary>The stored record of one source by id, or null.</summary>
    public Corpus.Model.StudySummary? Find(string id)
    {
        using var lease = index.Acquire();
        var top = lease.Searcher.Search(new TermQuery(new Lucene.Net.Index.Term(IndexFields.Id, id)), 1);
        if (top.TotalHits == 0) return null;
        return StoredRecords.Read(lease.Searcher, top.ScoreDocs[0].Doc);
    }
}
