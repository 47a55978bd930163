using Evidence.Retrieval.Metrics;

namespace Evidence.Retrieval.Tests;

/// <summary>Small cases worked by hand; gains are the grades and the discount is log2(rank + 1), as in trec_eval.</summary>
public sealed class RetrievalMetricsTests
{
    // b is relevant with grade 2, d and e with grade 1; e is never retrieved.
    private static readonly Dictionary<string, int> Judged = new() { ["b"] = 2, ["d"] = 1, ["e"] = 1 };
    private static readonly string[] Ranking = ["a", "b", "c", "d"];

    [Fact]
    public void Ndcg_DiscountsByLog2OfRankPlusOne_OverTheIdealFromTheJudgments()
    {
        // DCG = 2/log2(3) + 1/log2(5) = 1.692536; ideal = 2/log2(2) + 1/log2(3) + 1/log2(4) = 3.130930.
        Assert.Equal(0.540586, RetrievalMetrics.NdcgAt(Ranking, Judged, 10), 6);
    }

    [Fact]
    public void Ndcg_CutsAtK_InTheRankingAndInTheIdeal()
    {
        Assert.Equal(0, RetrievalMetrics.NdcgAt(Ranking, Judged, 1));
        // k = 2: DCG = 2/log2(3) = 1.261860; ideal = 2 + 1/log2(3) = 2.630930.
        Assert.Equal(0.479625, RetrievalMetrics.NdcgAt(Ranking, Judged, 2), 6);
        Assert.Equal(1, RetrievalMetrics.NdcgAt(["b", "e", "d"], Judged, 10), 9);
    }

    [Fact]
    public void Recall_CountsRelevantFoundInTheFirstK_OverAllRelevant()
    {
        Assert.Equal(1.0 / 3, RetrievalMetrics.RecallAt(Ranking, Judged, 3), 9);
        Assert.Equal(2.0 / 3, RetrievalMetrics.RecallAt(Ranking, Judged, 100), 9);
    }

    [Fact]
    public void AveragePrecision_SumsPrecisionAtEachRelevantHit_OverAllRelevant()
    {
        // Relevant at ranks 2 and 4: (1/2 + 2/4) / 3.
        Assert.Equal(1.0 / 3, RetrievalMetrics.AveragePrecisionAt(Ranking, Judged, 100), 9);
        Assert.Equal(0.5 / 3, RetrievalMetrics.AveragePrecisionAt(Ranking, Judged, 3), 9);
    }

    [Fact]
    public void GradeZero_IsJudgedButNotRelevant()
    {
        var judged = new Dictionary<string, int> { ["a"] = 0, ["b"] = 1 };

        Assert.Equal(0.630930, RetrievalMetrics.NdcgAt(["a", "b"], judged, 10), 6);
        Assert.Equal(1, RetrievalMetrics.RecallAt(["a", "b"], judged, 10));
        Assert.Equal(0.5, RetrievalMetrics.AveragePrecisionAt(["a", "b"], judged, 10));
    }

    [Fact]
    public void TrecOrder_SortsByScore_ThenByDocumentIdDescending()
    {
        var run = new[] { new ScoredDocument("1", 1.0), new ScoredDocument("2", 1.0), new ScoredDocument("10", 2.0), new ScoredDocument("11", 1.0) };

        Assert.Equal(["10", "2", "11", "1"], RankedList.TrecOrder(run));
    }

    [Fact]
    public void AllInTop_NeedsEveryEvidenceDocument()
    {
        Assert.True(RetrievalMetrics.AllInTop(Ranking, ["b", "d"], 4));
        Assert.False(RetrievalMetrics.AllInTop(Ranking, ["b", "d"], 3));
    }
}
