using Evidence.Corpus.Loading;
using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

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

    /// <summary>
    /// The product's concept filter against Lucene's SynonymFilter, which it replaced for speed: over the seed
    /// corpus's text and phrases that overlap, nest and end the input, every token (text, position, position
    /// length, offsets, type) must be the same.
    /// </summary>
    [Fact]
    public void ConceptFilter_GivesTheSameTokensAsSynonymFilter()
    {
        var corpus = CorpusLoader.Load(RepositoryPaths.Corpus);
        var product = new EvidenceAnalyzer(corpus.Vocabulary);
        var reference = new SynonymReference(corpus.Vocabulary);
        string[] edges =
        [
            "acne scars", "acne", "scars acne scars acne", "atrophic acne scars and rolling scars", "hair loss hair",
            "stretch marks stretch", "stretch", "androgenetic alopecia, female pattern hair loss", "", "   ",
            "post-inflammatory hyperpigmentation after micro-needling", "Striae distensae rubra and striae alba.",
        ];
        var texts = corpus.Summaries.Select(SummaryDocument.AllText).Concat(corpus.Vocabulary.Concepts.SelectMany(c => c.AllTerms)).Concat(edges).ToList();
        var concepts = 0;

        foreach (var text in texts)
        {
            var expected = Tokens(reference, text);
            Assert.Equal(expected, Tokens(product, text));
            concepts += expected.Count(t => t.Type == "SYNONYM");
        }
        Assert.True(concepts > 500, $"only {concepts} concept tokens: the comparison would prove little");
    }

    private static List<(string Term, int Increment, int Length, int Start, int End, string Type)> Tokens(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var tokens = new List<(string, int, int, int, int, string)>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), increment.PositionIncrement, length.PositionLength, offset.StartOffset, offset.EndOffset, type.Type));
        stream.End();
        return tokens;
    }

    /// <summary>The chain as it was with Lucene's SynonymFilter.</summary>
    private sealed class SynonymReference(Corpus.Vocabulary.ConceptVocabulary vocabulary) : Analyzer
    {
        private readonly SynonymMap _map = Map(vocabulary);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(EvidenceAnalyzer.Version, reader);
            TokenStream stream = new StandardFilter(EvidenceAnalyzer.Version, tokenizer);
            stream = new EnglishPossessiveFilter(EvidenceAnalyzer.Version, stream);
            stream = new LowerCaseFilter(EvidenceAnalyzer.Version, stream);
            stream = new ASCIIFoldingFilter(stream, preserveOriginal: false);
            stream = new SynonymFilter(stream, _map, ignoreCase: false);
            stream = new StopFilter(EvidenceAnalyzer.Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new ConceptKeywordFilter(stream);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }

        private static SynonymMap Map(Corpus.Vocabulary.ConceptVocabulary vocabulary)
        {
            var builder = new SynonymMap.Builder(dedup: true);
            foreach (var (words, concept) in EvidenceAnalyzer.PhraseWords(vocabulary, folding: true))
                builder.Add(SynonymMap.Builder.Join(words, new CharsRef()), new CharsRef(concept), includeOrig: true);
            return builder.Build();
        }
    }
}
