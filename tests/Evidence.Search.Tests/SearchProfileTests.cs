using Evidence.Search.Analysis;
using Evidence.Search;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Evidence.Search.Ranking;
using Evidence.Testing;

namespace Evidence.Search.Tests;

/// <summary>Search profiles other than the default: feedback, word pairs and a changed analysis chain.</summary>
public sealed class SearchProfileTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private EvidenceIndex Open(SearchProfile profile)
    {
        var library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath, profile);
        library.Sync();
        return library.OpenIndex;
    }

    private static SearchProfile WithRanking(RankingOptions ranking) => SearchProfile.Default with { Ranking = ranking };

    [Fact]
    public void Feedback_ReordersOnly_SoTotalsAndFacetsStayTheSame()
    {
        var query = new EvidenceQuery { Text = "scar appearance" };
        SearchResult plain, expanded;
        using (var index = Open(SearchProfile.Default)) plain = new EvidenceSearcher(index).Search(query);
        using (var index = Open(WithRanking(SearchProfile.Default.Ranking with { Feedback = new RelevanceFeedback { Documents = 2, Terms = 5 } })))
            expanded = new EvidenceSearcher(index).Search(query);

        Assert.Equal(plain.Total, expanded.Total);
        Assert.Equal(plain.Facets.Design, expanded.Facets.Design);
        Assert.Equal(plain.Hits.Select(h => h.Summary.Id).Order(), expanded.Hits.Select(h => h.Summary.Id).Order());
    }

    [Fact]
    public void Feedback_KeepsLayWordsWorking()
    {
        using var index = Open(WithRanking(SearchProfile.Default.Ranking with { Feedback = new RelevanceFeedback() }));

        Assert.Equal("fixture-striae-series", new EvidenceSearcher(index).Search(new EvidenceQuery { Text = "stretch marks" }).Hits.First().Summary.Id);
    }

    [Fact]
    public void ExpansionTerms_AreWeightedByTheHitsAndSumToOne()
    {
        using var index = Open(SearchProfile.Default);
        using var lease = index.Acquire();
        var hits = lease.Searcher.Search(TextQuery.Build(index.Analyzer, "alopecia", index.Profile.Ranking)!, 3).ScoreDocs;

        var terms = RelevanceModel.ExpansionTerms(lease.Searcher, index.Analyzer, hits, 5);

        Assert.Equal(5, terms.Count);
        Assert.Equal(1.0, terms.Sum(t => t.Weight), 6);
        Assert.Contains(terms, t => t.Term == "alopecia");
        Assert.DoesNotContain(terms, t => ConceptTokens.IsConcept(t.Term));
    }

    [Fact]
    public void WordPairs_BecomeSloppyPhrasesOfNeighbours_KeepingStopWordGaps()
    {
        using var index = Open(SearchProfile.Default);
        var ranking = SearchProfile.Default.Ranking with { PairFields = [new(IndexFields.Text, 0.5f)], PairSlop = 3 };

        var query = TextQuery.Build(index.Analyzer, "hair count of minoxidil", ranking)!.ToString();

        Assert.Contains("text:\"hair count\"~3", query);
        Assert.Contains("text:\"count ? minoxidil\"~3", query);
        Assert.DoesNotContain("text:\"hair count\"~3", TextQuery.Build(index.Analyzer, "hair count", SearchProfile.Default.Ranking)!.ToString());
    }

    [Fact]
    public void ChangedAnalysis_RebuildsTheIndex()
    {
        using (Open(SearchProfile.Default)) { }
        using var library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath, SearchProfile.Default with { Analysis = new AnalysisOptions { Stemmer = Stemmer.KStem } });

        Assert.True(library.OpenIndex.NeedsFullReindex);
    }
}
