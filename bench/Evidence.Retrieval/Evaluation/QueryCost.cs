using System.Diagnostics;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Evidence.Search.Ranking;

namespace Evidence.Retrieval.Evaluation;

/// <summary>
/// What the hybrid ranking adds to a search's time on a shared machine, measured in pairs rather than in separate
/// runs: each claim is searched lexically and hybrid back to back, which one first alternating, so a change of load
/// hits both alike. The hybrid ranker is new to the claims, so every hybrid search embeds its query.
/// </summary>
internal static class QueryCost
{
    public static IEnumerable<string> Measure(EvidenceIndex index, ISemanticRanker fresh, IEnumerable<string> texts)
    {
        EvidenceSearcher[] searchers = [new(index), new(index, fresh)];
        var times = new[] { new List<double>(), new List<double>() };
        var claims = texts.Distinct().ToList();
        for (var i = 0; i < claims.Count; i++)
        {
            var query = new EvidenceQuery { Text = claims[i], PageSize = RetrievalRun.Depth };
            foreach (var which in i % 2 == 0 ? [0, 1] : new[] { 1, 0 })
            {
                var started = Stopwatch.GetTimestamp();
                searchers[which].Search(query);
                times[which].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        var added = times[1].Select((t, i) => t - times[0][i]).ToList();
        yield return $"query cost, {claims.Count:N0} claims each searched lexically and hybrid back to back (top 100, in process):";
        yield return $"  lexical p50 {Percentile(times[0], 0.5):F1} ms, p90 {Percentile(times[0], 0.9):F1} ms; hybrid p50 {Percentile(times[1], 0.5):F1} ms, p90 {Percentile(times[1], 0.9):F1} ms";
        yield return $"  added by hybrid, per claim: p50 {Percentile(added, 0.5):F1} ms, p90 {Percentile(added, 0.9):F1} ms";
    }

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
