namespace Evidence.Retrieval.Evaluation;

/// <summary>
/// Mean measures over a split's judged queries, the claims' evidence found in the top 3 and top 10, and the search's
/// time per query (each distinct text once, top 100, in process).
/// </summary>
public sealed record Scorecard(int Queries, double Ndcg10, double Recall100, double Map100, int Claims, double ClaimsTop3, double ClaimsTop10)
{
    public double P50Milliseconds { get; init; }

    public double P99Milliseconds { get; init; }

    public const string Header = "| config | nDCG@10 | Recall@100 | MAP@100 | claims: all evidence in top 3 | in top 10 | query p50 | p99 |";

    public const string Rule = "|---|---|---|---|---|---|---|---|";

    public string Row(string config) =>
        $"| {config} | {Ndcg10:F4} | {Recall100:F4} | {Map100:F4} | {ClaimsTop3:P1} | {ClaimsTop10:P1} | {P50Milliseconds:F1} ms | {P99Milliseconds:F1} ms |";
}
