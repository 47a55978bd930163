namespace Evidence.Retrieval.Metrics;

/// <summary>A retrieved document and its score.</summary>
public readonly record struct ScoredDocument(string Id, double Score);

public static class RankedList
{
    /// <summary>
    /// The order trec_eval (and so pytrec_eval, which BEIR uses) scores a run in: by score, highest first, ties
    /// broken by document id in descending string order; the rank the system gave is not used.
    /// </summary>
    public static List<string> TrecOrder(IEnumerable<ScoredDocument> run) =>
        [.. run.OrderByDescending(d => d.Score).ThenByDescending(d => d.Id, StringComparer.Ordinal).Select(d => d.Id)];
}
