using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Lucene.Net.Search;

namespace Evidence.Search.Tests;

/// <summary>The evidence-level prior multiplies each text score by 1.5 − 0.1 × level, as scores reach the collector.</summary>
public sealed class LevelPriorTests : IndexTestBase
{
    [Theory]
    [InlineData(1, 1.4f)]
    [InlineData(2, 1.3f)]
    [InlineData(5, 1.0f)]
    public void Factor_FallsWithTheLevel(int level, float factor) => Assert.Equal(factor, LevelPrior.Factor(level), 5);

    [Fact]
    public void WrappedCollector_SeesEachScoreTimesItsLevelFactor()
    {
        using var lease = Index.Acquire();
        var query = TextQuery.Build(Index.Analyzer, "microneedling scars", Index.Profile.Ranking)!;
        var plain = TopScoreDocCollector.Create(10, false);
        var weighted = TopScoreDocCollector.Create(10, false);
        lease.Searcher.Search(query, plain);
        lease.Searcher.Search(query, LevelPrior.Wrap(weighted));

        var before = plain.GetTopDocs().ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var after = weighted.GetTopDocs().ScoreDocs;
        Assert.Equal(4, after.Length);
        foreach (var hit in after)
        {
            var level = StoredRecords.Read(lease.Searcher, hit.Doc).Level.Level;
            Assert.Equal(before[hit.Doc] * LevelPrior.Factor(level), hit.Score, 4);
        }
    }
}
