using Evidence.Corpus.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Evidence.Search.Analysis;

/// <summary>
/// The one analysis chain, used to index and to query: standard tokenising, English possessives,
/// lower-casing, ASCII folding, the vocabulary's concepts as synonym tokens, English stop words and
/// Porter stemming (concept tokens are protected from the stemmer).
/// </summary>
public sealed class EvidenceAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SynonymMap? _concepts;

    public EvidenceAnalyzer(ConceptVocabulary vocabulary)
    {
        _concepts = BuildConceptMap(vocabulary);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = Normalise(tokenizer);
        if (_concepts is not null) stream = new SynonymFilter(stream, _concepts, ignoreCase: false);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new ConceptKeywordFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The steps before concept matching; synonym inputs go through the same steps.</summary>
    private static TokenStream Normalise(Tokenizer tokenizer)
    {
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        return new ASCIIFoldingFilter(stream, preserveOriginal: false);
    }

    private static SynonymMap? BuildConceptMap(ConceptVocabulary vocabulary)
    {
        if (vocabulary.Concepts.Count == 0) return null;
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var concept in vocabulary.Concepts)
        {
            var output = new CharsRef(ConceptTokens.For(concept.Id));
            foreach (var term in concept.AllTerms.Append(concept.Id.Replace('-', ' ')).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var words = NormalisedWords(term);
                if (words.Length == 0) continue;
                builder.Add(SynonymMap.Builder.Join(words, new CharsRef()), output, includeOrig: true);
            }
        }
        return builder.Build();
    }

    private static string[] NormalisedWords(string term)
    {
        using var tokenizer = new StandardTokenizer(Version, new StringReader(term));
        using var stream = Normalise(tokenizer);
        var text = stream.AddAttribute<ICharTermAttribute>();
        var words = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(text.ToString());
        stream.End();
        return [.. words];
    }
}
