using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

/// <summary>What of a question the library does not cover: concepts without sources and words no source contains.</summary>
public sealed class QueryCoverageTests : IndexTestBase
{
    public QueryCoverageTests()
    {
        // Two concepts the vocabulary knows and no source is annotated with: a harm and a treatment.
        File.WriteAllText(Path.Combine(Corpus.CorpusPath, "vocabulary.yaml"), TestCorpus.Vocabulary + """

              - { id: burns, kinds: [adverse-event], label: Burns, synonyms: [thermal injury], lay: [burn] }
              - { id: anticoagulants, kinds: [intervention], label: Anticoagulants, synonyms: [], lay: [blood thinners] }
              - { id: androgenetic-alopecia-female, kinds: [condition], label: Female pattern hair loss, synonyms: [], lay: [], parent: androgenetic-alopecia }
            """);
        Library.Sync();
    }

    private QueryCoverage Coverage(string? text = null, params string[] conditions) =>
        Library.Coverage(new EvidenceQuery { Text = text, Conditions = conditions });

    [Fact]
    public void CoveredQuestion_IsCovered()
    {
        Assert.Same(QueryCoverage.Full, Coverage("microneedling for acne scars"));
        Assert.Same(QueryCoverage.Full, Coverage(null, "acne-scars", "scars"));
    }

    [Fact]
    public void WordNoSourceContains_BesideCoveredWords_IsListed_ButTheQuestionIsAnswered()
    {
        var coverage = Coverage("Tretinoin with microneedling");

        Assert.True(coverage.Covered);
        Assert.Equal(["Tretinoin"], coverage.UnknownWords);
    }

    [Fact]
    public void QuestionOfUnknownWordsOnly_IsNotCovered_AsWritten()
    {
        var coverage = Coverage("Tretinoin isotretinoin");

        Assert.False(coverage.Covered);
        Assert.Equal([new UncoveredTerm("Tretinoin", null, null), new UncoveredTerm("isotretinoin", null, null)], coverage.NotCovered);
    }

    [Fact]
    public void ConceptWithoutSources_IsNotCovered_WithTheWordsThatNamedIt()
    {
        var coverage = Coverage("microneedling on blood thinners");

        Assert.Equal([new UncoveredTerm("blood thinners", "anticoagulants", "Anticoagulants")], coverage.NotCovered);
    }

    [Fact]
    public void HarmWithoutReports_IsNotCovered_EvenThoughItsWordIsInTheText()
    {
        Corpus.Write("fixture-burn-word", TestCorpus.Source("fixture-burn-word", "Fixture: needling after a burn", 2018, "case-report",
            conditions: ["scars"], interventions: ["microneedling"], findings: [("scars", "scar-appearance", "improved", "The burn scar looked flatter.")], adverse: []));
        Library.Sync();

        var coverage = Coverage("microneedling burns");

        Assert.Equal([new UncoveredTerm("burns", "burns", "Burns")], coverage.NotCovered);
    }

    [Fact]
    public void UncoveredConcept_ListsItsCoveredBroaderConcept_AsNearest()
    {
        var coverage = Coverage(null, "androgenetic-alopecia-female");

        Assert.False(coverage.Covered);
        Assert.Equal("androgenetic-alopecia", coverage.Nearest[0].Id);
        Assert.Equal(1, coverage.Nearest[0].Sources);
    }

    [Fact]
    public void MisspeltWord_ListsTheConceptSpelledAlike()
    {
        var coverage = Coverage("microneedlign");

        Assert.Equal("microneedling", Assert.Single(coverage.Nearest).Id);
        Assert.Equal(4, coverage.Nearest[0].Sources);
    }
}
