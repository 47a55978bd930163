using System.Globalization;
using Evidence.Corpus.Model;
using Evidence.Retrieval.Data;
using Evidence.Retrieval.Metrics;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Evidence.Search.Ranking;

namespace Evidence.Retrieval.Evaluation;

/// <summary>
/// Every query of a split through <see cref="EvidenceSearcher"/>, the API's own search, top 100: lexical, or hybrid
/// with a <c>semantic</c> ranker; or through another search given as a function (the fusion experiments). Each
/// distinct text's search is timed once.
/// </summary>
public sealed class RetrievalRun
{
    public const int Depth = 100;

    private readonly Func<string, List<ScoredDocument>> _search;
    private readonly Dictionary<string, List<ScoredDocument>> _runs = new(StringComparer.Ordinal);
    private readonly List<double> _milliseconds = [];

    /// <param name="pageSize">The page asked for: <see cref="Depth"/>, or less to see the ranking a smaller page gets.</param>
    public RetrievalRun(EvidenceIndex index, CorpusImport.Collection collection, ISemanticRanker? semantic = null, int pageSize = Depth)
    {
        var searcher = new EvidenceSearcher(index, semantic);
        _search = text => Hits(searcher, collection, text, pageSize);
    }

    /// <param name="search">A text's top hits as the collection's document ids with their scores.</param>
    public RetrievalRun(Func<string, List<ScoredDocument>> search) => _search = search;

    public Scorecard Evaluate(BeirCollection data)
    {
        double ndcg = 0, recall = 0, map = 0;
        var judged = data.Qrels.Where(q => data.Queries.ContainsKey(q.Key)).ToList();
        foreach (var (queryId, judgments) in judged)
        {
            var ranking = Ranking(data.Queries[queryId]);
            ndcg += RetrievalMetrics.NdcgAt(ranking, judgments, 10);
            recall += RetrievalMetrics.RecallAt(ranking, judgments, Depth);
            map += RetrievalMetrics.AveragePrecisionAt(ranking, judgments, Depth);
        }
        int top3 = 0, top10 = 0;
        foreach (var claim in data.Claims)
        {
            var ranking = Ranking(claim.Text);
            if (RetrievalMetrics.AllInTop(ranking, claim.EvidenceDocuments, 3)) top3++;
            if (RetrievalMetrics.AllInTop(ranking, claim.EvidenceDocuments, 10)) top10++;
        }
        var n = Math.Max(1, judged.Count);
        var claims = Math.Max(1, data.Claims.Count);
        _milliseconds.Sort();
        return new Scorecard(judged.Count, ndcg / n, recall / n, map / n, data.Claims.Count, (double)top3 / claims, (double)top10 / claims)
        {
            P50Milliseconds = Percentile(0.50),
            P99Milliseconds = Percentile(0.99),
        };
    }

    /// <summary>
    /// The judged queries' results as a TREC run file ("qid Q0 docid rank score tag"), for checking the figures
    /// with trec_eval or pytrec_eval. Call after <see cref="Evaluate"/>.
    /// </summary>
    public void WriteRun(TextWriter output, BeirCollection data, string tag)
    {
        foreach (var queryId in data.Qrels.Keys.Where(data.Queries.ContainsKey))
        {
            var run = Run(data.Queries[queryId]);
            var ranking = RankedList.TrecOrder(run);
            var scores = run.ToDictionary(d => d.Id, d => d.Score, StringComparer.Ordinal);
            for (var i = 0; i < ranking.Count; i++)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queryId} Q0 {ranking[i]} {i + 1} {scores[ranking[i]]:R} {tag}"));
        }
    }

    private double Percentile(double p) => _milliseconds.Count == 0 ? 0 : _milliseconds[Math.Min(_milliseconds.Count - 1, (int)Math.Ceiling(p * _milliseconds.Count) - 1)];

    /// <summary>The collection's document ids of the top hits, in trec_eval order.</summary>
    private List<string> Ranking(string text) => RankedList.TrecOrder(Run(text));

    /// <summary>The top hits as the collection's document ids with their scores; a text is searched once.</summary>
    private List<ScoredDocument> Run(string text)
    {
        if (_runs.TryGetValue(text, out var known)) return known;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var hits = _search(text);
        _milliseconds.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return _runs[text] = hits;
    }

    /// <summary>The API's search, top <paramref name="pageSize"/>, as the collection's document ids with their scores.</summary>
    public static List<ScoredDocument> Hits(EvidenceSearcher searcher, CorpusImport.Collection collection, string text, int pageSize = Depth)
    {
        var result = searcher.Search(new EvidenceQuery { Text = text, PageSize = pageSize });
        var prefix = collection.Name + ":";
        return [.. result.Hits
            .Select(hit => (Id: DocumentId(hit.Summary, prefix), hit.Score))
            .Where(hit => hit.Id is not null)
            .Select(hit => new ScoredDocument(hit.Id!, hit.Score))];
    }

    public static string? DocumentId(StudySummary summary, string prefix) =>
        summary.Identifiers.Corpus is { } id && id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : null;
}
