using Evidence.Search.Analysis;
using Evidence.Corpus.Model;
using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

public sealed class SearchTests : IndexTestBase
{
    private SearchResult Search(EvidenceQuery query) => new EvidenceSearcher(Index).Search(query);

    private static IEnumerable<string> Ids(SearchResult result) => result.Hits.Select(h => h.Summary.Id);

    [Fact]
    public void LayWords_FindClinicalTerms()
    {
        var result = Search(new EvidenceQuery { Text = "stretch marks" });

        Assert.Equal("fixture-striae-series", Ids(result).First());
    }

    [Fact]
    public void ClinicalSynonym_FindsInterventionUnderItsOtherName()
    {
        var result = Search(new EvidenceQuery { Text = "percutaneous collagen induction" });

        Assert.Equal(4, result.Total);
    }

    [Fact]
    public void ConditionAndOutcome_MustMeetInOneFinding()
    {
        var matching = Search(new EvidenceQuery { Conditions = ["androgenetic-alopecia"], Outcomes = ["hair-count"] });
        var crossed = Search(new EvidenceQuery { Conditions = ["androgenetic-alopecia"], Outcomes = ["scar-appearance"] });

        Assert.Equal(["fixture-alopecia-rct"], Ids(matching));
        Assert.Equal(0, crossed.Total);
    }

    [Fact]
    public void Facets_CountEveryMatch_NotJustThePage()
    {
        var result = Search(new EvidenceQuery { PageSize = 1 });

        Assert.Single(result.Hits);
        Assert.Equal(4, result.Total);
        Assert.Equal(2, result.Facets.Design["randomised-controlled-trial"]);
        Assert.Equal(2, result.Facets.Condition["acne-scars"]);
        Assert.Equal(1, result.Facets.Level[1]);
        Assert.Equal(1, result.Facets.Year[2013]);
    }

    [Fact]
    public void Filters_ByDesignLevelAndYear()
    {
        Assert.Equal(["fixture-scars-review"], Ids(Search(new EvidenceQuery { MinLevel = 1 })));
        Assert.Equal(2, Search(new EvidenceQuery { Designs = [StudyDesign.RandomisedControlledTrial] }).Total);
        Assert.Equal(["fixture-acne-rct", "fixture-scars-review"], Ids(Search(new EvidenceQuery { YearFrom = 2017, Sort = SortOrder.Year })).Order());
    }

    [Fact]
    public void SortByYear_PutsNewestFirst_AndSortByLevel_PutsBestFirst()
    {
        Assert.Equal([2021, 2020, 2016, 2013], Search(new EvidenceQuery { Sort = SortOrder.Year }).Hits.Select(h => h.Summary.Year));
        Assert.Equal([1, 2, 2, 4], Search(new EvidenceQuery { Sort = SortOrder.Level }).Hits.Select(h => h.Summary.Level.Level));
    }

    [Fact]
    public void Paging_ReturnsTheRequestedSlice()
    {
        var all = Ids(Search(new EvidenceQuery { Sort = SortOrder.Year })).ToList();
        var second = Ids(Search(new EvidenceQuery { Sort = SortOrder.Year, Page = 2, PageSize = 2 })).ToList();

        Assert.Equal(all.Skip(2), second);
    }

    [Fact]
    public void Snippet_MarksTheMatchedPhrase_AndEscapesHtml()
    {
        var hit = Search(new EvidenceQuery { Text = "stretch marks" }).Hits.First();

        Assert.Contains("<mark>striae distensae</mark>", hit.Snippet);
    }

    [Theory]
    [InlineData("stretch marks")]
    [InlineData("microneedling acne scars")]
    [InlineData("hair loss minoxidil")]
    [InlineData("percutaneous collagen induction")]
    [InlineData("systematic review of needling")]
    public void SnippetFromStoredOffsets_IsTheSnippetTheAnalysisGives(string text)
    {
        var result = Search(new EvidenceQuery { Text = text });
        var terms = TextQuery.Terms(Index.Analyzer, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(result.Hits);
        foreach (var hit in result.Hits)
        {
            var s = hit.Summary;
            var analysed = SnippetBuilder.Build(EvidenceAnalyzer.ForIndexing(Index.Vocabulary), terms, [s.Summary, .. s.Findings.Select(f => f.Effect), .. s.KeyPoints, s.Abstract, s.Title]);
            Assert.Equal(analysed, hit.Snippet);
        }
        // Some hits match by their annotated concepts alone, with nothing to mark in their text; not all.
        Assert.Contains(result.Hits, hit => hit.Snippet!.Contains("<mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("((((((((((acne")]
    [InlineData("\"unbalanced")]
    [InlineData("acne* ?car~ /re.ex/ AND OR NOT")]
    [InlineData("\0\u0001\u202Eacne")]
    [InlineData("   ")]
    [InlineData("the of and")]
    public void HostileText_NeverThrows(string text)
    {
        var result = Search(new EvidenceQuery { Text = text });

        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void HugeText_IsCappedInTermsAndLength()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => "word" + i));

        Assert.Equal(EvidenceQuery.MaxTerms, TextQuery.Terms(Index.Analyzer, text).Count);
        Assert.Equal(0, Search(new EvidenceQuery { Text = text }).Total);
    }

    [Fact]
    public void FactBlocks_GiveRecordsForSynthesis_WithoutTheLongTexts()
    {
        var records = SynthesisRecords(new EvidenceQuery { Conditions = ["acne-scars"] });

        Assert.Equal(["fixture-acne-rct", "fixture-scars-review"], records.Select(r => r.Id).Order());
        var trial = records.Single(r => r.Id == "fixture-acne-rct");
        Assert.Equal("Scar grade fell from 3.1 to 2.0 after four sessions.", Assert.Single(trial.Findings).Effect);
        Assert.Equal("Fixture", Assert.Single(trial.Authors).Family);
        Assert.Null(trial.Summary);
        Assert.Equal("A synthetic summary about microneedling for atrophic acne scars, a randomised trial.", new EvidenceSearcher(Index).Find("fixture-acne-rct")!.Summary);
    }

    [Fact]
    public void RecordTooLargeForDocValues_IsStoredAndReadBack()
    {
        var effect = "Scar grade fell. " + new string('x', 1_900);
        var findings = Enumerable.Range(0, 20).Select(_ => ("acne-scars", "scar-appearance", "improved", effect)).ToArray();
        Corpus.Write("fixture-huge", TestCorpus.Source("fixture-huge", "Fixture: a very long trial", 2022, "randomised-controlled-trial",
            ["acne-scars"], ["microneedling"], findings, []));
        var report = Library.Sync();
        Assert.Empty(report.FileErrors);

        var found = new EvidenceSearcher(Index).Find("fixture-huge")!;
        var forSynthesis = SynthesisRecords(new EvidenceQuery { Conditions = ["acne-scars"] }).Single(r => r.Id == "fixture-huge");

        Assert.True(Indexing.RecordJson.Serialize(found).Length > Indexing.StoredRecords.MaxDocValueBytes);
        Assert.Equal(20, found.Findings.Count);
        Assert.NotNull(found.Summary);
        Assert.Equal(20, forSynthesis.Findings.Count);
        Assert.Null(forSynthesis.Summary);
    }
}
