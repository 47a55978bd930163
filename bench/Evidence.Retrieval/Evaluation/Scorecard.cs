namespace Evidence.Retrieval.Evaluation;

/// <summary>Mean measures over a split's judged queries, and the claims' evidence found in the top 3 and top 10.</summary>
public sealed record Scorecard(int Queries, double Ndcg10, double Recall100, double Map100, int Claims, double ClaimsTop3, double ClaimsTop10)
{
    public const string Header = "| config | nDCG@10 | Recall@100 | MAP@100 | claims: all evidence in top 3 | in top 10 |";

    public string Row(string config) =>
        $"| {config} | {Ndcg10:F4} | {Recall100:F4} | {Map100:F4} | {ClaimsTop3:P1} | {ClaimsTop10:P1} |";
}
