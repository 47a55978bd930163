namespace Evidence.Retrieval.Metrics;

/// <summary>
/// The per-query measures BEIR reports, computed as trec_eval computes them (ndcg_cut, recall, map_cut):
/// graded relevance from the judgments, a judgment of 0 or below is not relevant, and <paramref name="ranking"/> is
/// already in trec_eval order (<see cref="RankedList.TrecOrder"/>).
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>DCG of the first k with gain = grade and discount log2(rank + 1), over the DCG of the judgments sorted by grade.</summary>
    public static double NdcgAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranking.Count); i++)
        {
            if (judgments.TryGetValue(ranking[i], out var grade) && grade > 0) dcg += grade / Math.Log2(i + 2);
        }
        var ideal = judgments.Values.Where(g => g > 0).OrderDescending().Take(k).Select((grade, i) => grade / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Relevant documents in the first k over all relevant documents.</summary>
    public static double RecallAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        var relevant = judgments.Count(j => j.Value > 0);
        if (relevant == 0) return 0;
        return (double)ranking.Take(k).Count(id => judgments.TryGetValue(id, out var grade) && grade > 0) / relevant;
    }

    /// <summary>Average precision over the first k: precision at each relevant document found, summed, over all relevant documents.</summary>
    public static double AveragePrecisionAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        var relevant = judgments.Count(j => j.Value > 0);
        if (relevant == 0) return 0;
        double found = 0, sum = 0;
        for (var i = 0; i < Math.Min(k, ranking.Count); i++)
        {
            if (!judgments.TryGetValue(ranking[i], out var grade) || grade <= 0) continue;
            found++;
            sum += found / (i + 1);
        }
        return sum / relevant;
    }

    /// <summary>True when every one of <paramref name="wanted"/> is in the first k.</summary>
    public static bool AllInTop(IReadOnlyList<string> ranking, IReadOnlyCollection<string> wanted, int k)
    {
        var top = ranking.Take(k).ToHashSet(StringComparer.Ordinal);
        return wanted.All(top.Contains);
    }
}
