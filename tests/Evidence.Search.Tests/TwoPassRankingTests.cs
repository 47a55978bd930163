using Evidence.Search.Querying;
using Evidence.Search.Ranking;
using Evidence.Testing;
using Lucene.Net.Search;

namespace Evidence.Search.Tests;

/// <summary>
/// Free text by relevance: a flat first pass over the combined text finds candidates and counts every match, the
/// ranking's query scores the candidates. Compared with the ranking's query over every match (FirstPassCandidates 0).
/// </summary>
public sealed class TwoPassRankingTests : IDisposable
{
    private static readonly string[] Titles =
    [
        "microneedling for acne scars", "skin needling of stretch marks", "pitted scars treated with a derma roller",
        "minoxidil and microneedling for hair loss", "collagen induction therapy for post-acne scarring", "striae after needling",
        "scar grade after microneedling", "redness and infection after skin needling", "acne scars in a split-face trial",
    ];

    private static readonly string[] Designs = ["randomised-controlled-trial", "case-series", "cohort-study", "systematic-review"];

    private readonly TestCorpus _corpus = new();

    public TwoPassRankingTests()
    {
        // More sources than the candidates of a small first pass, with words, concepts and titles in varied measure.
        for (var i = 0; i < 27; i++)
        {
            var id = $"fixture-many-{i:D2}";
            var scars = i % 3 == 0 ? "acne-scars" : "striae-distensae";
            var effect = string.Join(' ', Enumerable.Repeat(i % 2 == 0 ? "Scars improved." : "Stretch marks faded.", 1 + i % 4));
            _corpus.Write(id, TestCorpus.Source(id, $"Fixture: {Titles[i % Titles.Length]}, study {i}", 2000 + i % 20, Designs[i % Designs.Length],
                conditions: [scars], interventions: ["microneedling"],
                findings: [(scars, i % 3 == 0 ? "scar-appearance" : "striae-appearance", "improved", effect)],
                adverse: i % 5 == 0 ? [("erythema", "In some patients")] : []));
        }
    }

    public void Dispose() => _corpus.Dispose();

    public static TheoryData<string> Questions => ["microneedling acne scars", "stretch marks", "pitted scars derma roller", "scar grade", "redness after microneedling", "hair loss minoxidil"];

    private SearchResult Search(RankingOptions ranking, EvidenceQuery query)
    {
        using var library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath, SearchProfile.Default with { Ranking = ranking });
        library.Sync();
        return new EvidenceSearcher(library.OpenIndex).Search(query);
    }

    private static RankingOptions WithCandidates(int candidates) => SearchProfile.Default.Ranking with { FirstPassCandidates = candidates };

    [Theory]
    [MemberData(nameof(Questions))]
    public void EveryMatchACandidate_GivesTheRankingsOrderAndScores(string text)
    {
        var query = new EvidenceQuery { Text = text, PageSize = 100 };

        var everyMatch = Search(WithCandidates(0), query);
        var twoPass = Search(SearchProfile.Default.Ranking, query);

        Assert.InRange(everyMatch.Total, 2, 100);
        Assert.Equal(everyMatch.Hits.Select(h => h.Summary.Id), twoPass.Hits.Select(h => h.Summary.Id));
        Assert.Equal(everyMatch.Hits.Select(h => h.Score), twoPass.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) <= 1e-5f * Math.Max(1, a));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void FewerCandidatesThanMatches_StillCountsAndFacetsEveryMatch(string text)
    {
        var everyMatch = Search(WithCandidates(0), new EvidenceQuery { Text = text });
        var twoPass = Search(WithCandidates(1), new EvidenceQuery { Text = text, PageSize = 1 });

        Assert.True(everyMatch.Total > TwoPassRanking.Candidates(WithCandidates(1), 1), $"{everyMatch.Total} matches");
        Assert.Equal(everyMatch.Total, twoPass.Total);
        Assert.Equal(everyMatch.Facets.Condition, twoPass.Facets.Condition);
        Assert.Equal(everyMatch.Facets.Outcome, twoPass.Facets.Outcome);
        Assert.Equal(everyMatch.Facets.Design, twoPass.Facets.Design);
        Assert.Equal(everyMatch.Facets.Level, twoPass.Facets.Level);
        Assert.Equal(everyMatch.Facets.Year, twoPass.Facets.Year);
    }

    [Fact]
    public void FewerCandidatesThanMatches_ScoresEachHitWithTheRankingsQuery()
    {
        const string text = "microneedling acne scars";
        var everyMatch = Search(WithCandidates(0), new EvidenceQuery { Text = text, PageSize = 100 }).Hits.ToDictionary(h => h.Summary.Id, h => h.Score);
        var twoPass = Search(WithCandidates(1), new EvidenceQuery { Text = text, PageSize = 3 }).Hits;

        Assert.Equal(3, twoPass.Count);
        foreach (var hit in twoPass) Assert.Equal(everyMatch[hit.Summary.Id], hit.Score, 4);
        Assert.Equal(twoPass.Select(h => h.Score).OrderDescending(), twoPass.Select(h => h.Score));
    }

    [Fact]
    public void Filters_AndOtherOrders_KeepTheirMatches()
    {
        foreach (var query in new[]
        {
            new EvidenceQuery { Text = "microneedling", Conditions = ["acne-scars"], PageSize = 100 },
            new EvidenceQuery { Text = "microneedling scars", Sort = SortOrder.Year, PageSize = 100 },
        })
        {
            var everyMatch = Search(WithCandidates(0), query);
            var twoPass = Search(SearchProfile.Default.Ranking, query);

            Assert.Equal(everyMatch.Total, twoPass.Total);
            Assert.Equal(everyMatch.Hits.Select(h => h.Summary.Id), twoPass.Hits.Select(h => h.Summary.Id));
        }
    }

    [Theory]
    [InlineData(SortOrder.Year, 7, 2)] // the page ends inside a year that two sources share
    [InlineData(SortOrder.Year, 3, 1)]
    [InlineData(SortOrder.Level, 5, 2)]
    [InlineData(SortOrder.Level, 4, 3)]
    public void SortedByAKey_ScoresOnlyWhatCanReachThePage_AndGivesThePageOfEveryMatchScored(SortOrder sort, int pageSize, int page)
    {
        foreach (var text in new[] { "microneedling scars", "stretch marks" })
        {
            var query = new EvidenceQuery { Text = text, Sort = sort, PageSize = pageSize, Page = page };
            var everyMatch = Search(WithCandidates(0), query);
            var twoPass = Search(SearchProfile.Default.Ranking, query);

            Assert.True(everyMatch.Total > pageSize * page, $"{everyMatch.Total} matches");
            Assert.Equal(pageSize, twoPass.Hits.Count);
            Assert.Equal(everyMatch.Total, twoPass.Total);
            Assert.Equal(everyMatch.Hits.Select(h => (h.Summary.Id, h.Score)), twoPass.Hits.Select(h => (h.Summary.Id, h.Score)));
            Assert.Equal(everyMatch.Facets.Year, twoPass.Facets.Year);
            Assert.Equal(everyMatch.Facets.Level, twoPass.Facets.Level);
        }
    }

    [Theory]
    [InlineData(SortOrder.Year)]
    [InlineData(SortOrder.Level)]
    public void SortedByAKey_WithFewCandidates_KeepsTheKeysOrder_AndTheRankingsScores(SortOrder sort)
    {
        const string text = "microneedling scars";
        var scores = Search(WithCandidates(0), new EvidenceQuery { Text = text, PageSize = 100 }).Hits.ToDictionary(h => h.Summary.Id, h => h.Score);
        int Key(SearchHit hit) => sort == SortOrder.Year ? -hit.Summary.Year!.Value : hit.Summary.Level.Level;
        for (var page = 1; page <= 3; page++)
        {
            var query = new EvidenceQuery { Text = text, Sort = sort, PageSize = 2, Page = page };
            var everyMatch = Search(WithCandidates(0), query);
            var twoPass = Search(WithCandidates(1), query);

            Assert.True(everyMatch.Total > TwoPassRanking.Candidates(WithCandidates(1), 2 * page), $"{everyMatch.Total} matches");
            Assert.Equal(everyMatch.Total, twoPass.Total);
            Assert.Equal(everyMatch.Hits.Select(Key), twoPass.Hits.Select(Key));
            foreach (var hit in twoPass.Hits) Assert.Equal(scores[hit.Summary.Id], hit.Score, 4);
            Assert.True(twoPass.Hits.Zip(twoPass.Hits.Skip(1)).All(p => Key(p.First) < Key(p.Second) || p.First.Score >= p.Second.Score));
        }
    }

    [Theory]
    [InlineData("microneedling scars", "acne-scars")]
    [InlineData("stretch marks", "striae-distensae")]
    public void AcceptedSearch_MatchesAndScoresAsTheConjunction(string text, string condition)
    {
        using var library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath);
        library.Sync();
        var index = library.OpenIndex;
        using var lease = index.Acquire();
        var query = TextQuery.Build(index.Analyzer, text, index.Profile.Ranking)!;
        var filters = new List<Query> { new ConstantScoreQuery(new TermQuery(new Lucene.Net.Index.Term(IndexFields.Condition, condition))) { Boost = 0f } };

        var conjunction = TopScoreDocCollector.Create(100, false);
        lease.Searcher.Search(new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { filters[0], Occur.MUST } }, conjunction);
        var accepted = TopScoreDocCollector.Create(100, false);
        AcceptedSearch.Search(lease.Searcher, query, filters, accepted);

        Assert.InRange(accepted.TotalHits, 2, lease.Searcher.Search(query, 1).TotalHits - 1);
        Assert.Equal(conjunction.TotalHits, accepted.TotalHits);
        Assert.Equal(conjunction.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)), accepted.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void FirstPass_IsOnlyForRankingsThatSearchPartsOfTheText()
    {
        using var library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath);
        var tokens = TextQuery.Tokens(library.OpenIndex.Analyzer, "stretch marks");

        Assert.NotNull(TwoPassRanking.FirstPass(tokens, SearchProfile.Default.Ranking));
        Assert.Null(TwoPassRanking.FirstPass(tokens, WithCandidates(0)));
        Assert.Null(TwoPassRanking.FirstPass(tokens, SearchProfile.Default.Ranking with { Fields = [new(IndexFields.Text, 1f), new(IndexFields.Concepts, 1f)] }));
        Assert.Null(TwoPassRanking.FirstPass([], SearchProfile.Default.Ranking));
    }

    [Fact]
    public void TermStates_ScoreAsTermsLookedUpByEachQuery()
    {
        using var library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath);
        library.Sync();
        var index = library.OpenIndex;
        using var lease = index.Acquire();
        var ranking = index.Profile.Ranking;
        var tokens = TextQuery.Tokens(index.Analyzer, "microneedling for pitted acne scars");
        var states = TermStates.Of(lease.Searcher, ranking.SearchedFields, tokens.Select(t => t.Term));

        var alone = lease.Searcher.Search(TextQuery.Build(tokens, ranking)!, 100).ScoreDocs;
        var shared = lease.Searcher.Search(TextQuery.Build(tokens, ranking, states)!, 100).ScoreDocs;

        Assert.True(alone.Length > 10);
        Assert.Equal(alone.Select(d => (d.Doc, d.Score)), shared.Select(d => (d.Doc, d.Score)));
    }
}
