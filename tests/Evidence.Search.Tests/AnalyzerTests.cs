using Evidence.Corpus.Loading;
using Evidence.Search.Analysis;

namespace Evidence.Search.Tests;

public sealed class AnalyzerTests
{
    private static readonly EvidenceAnalyzer Analyzer = new(CorpusLoader.ReadVocabulary("vocabulary.yaml", System.Text.Encoding.UTF8.GetBytes(TestCorpus.Vocabulary), []));

    private static List<string> Terms(string text) => [.. AnalyzedText.Tokens(Analyzer, "summary", text).Select(t => t.Term)];

    [Fact]
    public void LayAndClinicalWords_ShareOneConceptToken()
    {
        Assert.Contains("concept:striae-distensae", Terms("stretch marks"));
        Assert.Contains("concept:striae-distensae", Terms("Striae distensae on the abdomen"));
        Assert.Contains("concept:microneedling", Terms("percutaneous collagen induction"));
        Assert.Contains("concept:androgenetic-alopecia", Terms("HAIR LOSS"));
    }

    [Fact]
    public void Words_AreLowerCasedFoldedAndStemmed_ConceptTokensAreNot()
    {
        var terms = Terms("Café patients' scarring");

        Assert.Contains("cafe", terms);
        Assert.Contains("patient", terms);
        Assert.Contains("concept:scars", terms);
        Assert.DoesNotContain("concept:scar", terms);
    }

    [Fact]
    public void StopWords_AreDropped()
    {
        Assert.Equal(["concept:microneedling", "microneedl"], Terms("the microneedling").Order().ToList());
    }
}
