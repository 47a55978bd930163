using System.Diagnostics;
using Evidence.Bench.Queries;
using Evidence.Search;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Lucene.Net.Search;

namespace Evidence.Bench.Profiling;

/// <summary>Where a free-text search's time goes: the text query alone, records, snippets, the whole service search.</summary>
public static class QueryStages
{
    public static void Run(string corpus, string indexFolder, TextWriter log)
    {
        using var library = EvidenceLibrary.Open(corpus, indexFolder);
        var index = library.OpenIndex;
        var service = new ServiceQueries(library);
        var texts = QuerySet.Of(QueryKind.FreeText).Select(q => q.Text!).ToList();
        double Time(Action<string> action, int rounds = 200)
        {
            foreach (var text in texts) action(text);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < rounds; i++) action(texts[i % texts.Count]);
            return clock.Elapsed.TotalMicroseconds / rounds;
        }
        var build = Time(text => TextQuery.Build(index.Analyzer, text, index.Profile.Ranking));
        var luceneTop = Time(text =>
        {
            using var lease = index.Acquire();
            lease.Searcher.Search(TextQuery.Build(index.Analyzer, text, index.Profile.Ranking)!, 20);
        });
        var termsOnly = Time(text =>
        {
            using var lease = index.Acquire();
            var query = new BooleanQuery();
            foreach (var (field, weight) in index.Profile.Ranking.Fields)
            {
                var inner = new BooleanQuery(true) { Boost = weight };
                foreach (var (term, _) in TextQuery.Terms(index.Analyzer, text).DistinctBy(t => t.Term)) inner.Add(new TermQuery(new Lucene.Net.Index.Term(field, term)), Occur.SHOULD);
                query.Add(inner, Occur.SHOULD);
            }
            lease.Searcher.Search(query, 20);
        });
        var count = Time(text =>
        {
            using var lease = index.Acquire();
            var total = new TotalHitCountCollector();
            lease.Searcher.Search(TextQuery.Build(index.Analyzer, text, index.Profile.Ranking)!, total);
        });
        var (everyMatch, twoPasses) = TwoPasses(index, texts);
        var searcher = new EvidenceSearcher(index);
        var search = Time(text => searcher.Search(new EvidenceQuery { Text = text }));
        var all = Time(text => service.Run(new BenchQuery(QueryKind.FreeText, text, null, null)));
        var hits = searcher.Search(new EvidenceQuery { Text = texts[0] }).Hits;
        var terms = TextQuery.Terms(index.Analyzer, texts[0]).Select(t => t.Term).ToHashSet();
        var snippets = Time(_ =>
        {
            foreach (var hit in hits)
            {
                var s = hit.Summary;
                SnippetBuilder.Build(index.Analyzer, terms, [s.Summary, .. s.Findings.Select(f => f.Effect), .. s.KeyPoints, s.Abstract, s.Title]);
            }
        }, 50);
        var records = Time(_ =>
        {
            foreach (var hit in hits) RecordJson.Deserialize(RecordJson.Serialize(hit.Summary));
        }, 50);
        log.WriteLine($"free text, µs per query: build query {build:F0}; Lucene top 20 of the text query {luceneTop:F0} (terms only, no phrases {termsOnly:F0}); count all hits {count:F0}; " +
            $"EvidenceSearcher.Search {search:F0}; service in-process {all:F0}; snippets for 20 hits {snippets:F0}; JSON round trip of 20 records {records:F0}");
        log.WriteLine($"ranking by relevance, p50 µs, the two taken in turn per question: the ranking's query over every match, top 20, {everyMatch:F0}; " +
            $"two passes (TwoPassRanking: first pass top 100, the ranking's query over those) {twoPasses:F0}");
    }

    /// <summary>The ranking's query scoring every match against the two passes, prior applied, each question timed both ways in turn.</summary>
    private static (double EveryMatch, double TwoPasses) TwoPasses(EvidenceIndex index, List<string> texts)
    {
        var ranking = index.Profile.Ranking;
        var times = new[] { new List<double>(), new List<double>() };
        for (var round = 0; round < 400; round++)
        {
            var tokens = TextQuery.Tokens(index.Analyzer, texts[round % texts.Count]);
            for (var turn = 0; turn < 2; turn++)
            {
                var twoPasses = (turn + round) % 2 == 1;
                var clock = Stopwatch.StartNew();
                using var lease = index.Acquire();
                if (twoPasses)
                {
                    var states = TermStates.Of(lease.Searcher, ranking.SearchedFields, tokens.Select(t => t.Term));
                    var first = TopScoreDocCollector.Create(TwoPassRanking.Candidates(ranking, 20), false);
                    lease.Searcher.Search(TwoPassRanking.FirstPass(tokens, ranking, states)!, LevelPrior.Wrap(first));
                    TwoPassRanking.Rescore(lease.Searcher, TextQuery.Build(tokens, ranking, states)!, first.GetTopDocs().ScoreDocs, safety: false);
                }
                else
                {
                    var top = TopScoreDocCollector.Create(20, false);
                    lease.Searcher.Search(TextQuery.Build(tokens, ranking)!, LevelPrior.Wrap(top));
                    top.GetTopDocs();
                }
                if (round >= texts.Count) times[twoPasses ? 1 : 0].Add(clock.Elapsed.TotalMicroseconds);
            }
        }
        return (Median(times[0]), Median(times[1]));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
