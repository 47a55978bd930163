using Evidence.Corpus.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Evidence.Search.Analysis;

/// <summary>
/// The one analysis chain, used to index and to query: standard tokenising, English possessives,
/// lower-casing, ASCII folding, the vocabulary's concepts as synonym tokens, English stop words and
/// Porter stemming (concept tokens are protected from the stemmer). <see cref="AnalysisOptions"/> can leave
/// out folding and concepts or change the stemmer, for retrieval experiments (bench/Evidence.Retrieval).
/// </summary>
public sealed class EvidenceAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly ConceptPhrases? _concepts;

    public EvidenceAnalyzer(ConceptVocabulary vocabulary, AnalysisOptions? options = null)
        : this(vocabulary, options, broader: false)
    {
    }

    private EvidenceAnalyzer(ConceptVocabulary vocabulary, AnalysisOptions? options, bool broader)
    {
        Vocabulary = vocabulary;
        Options = options ?? new AnalysisOptions();
        _concepts = Options.Concepts ? Phrases(vocabulary, Options.Folding, broader) : null;
    }

    /// <summary>
    /// The chain that writes the index: a concept's name also adds the tokens of every concept above it ("rolling
    /// scars" adds acne scars and scars), so a question naming a broad concept is one clause per field, scored with
    /// the broad concept's own frequency, rather than one clause for each concept below it. Questions are analysed
    /// with the plain chain, so a narrow question stays narrow.
    /// </summary>
    public static EvidenceAnalyzer ForIndexing(ConceptVocabulary vocabulary, AnalysisOptions? options = null) => new(vocabulary, options, broader: true);

    /// <summary>The vocabulary whose concepts this chain recognises.</summary>
    public ConceptVocabulary Vocabulary { get; }

    public AnalysisOptions Options { get; }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = Normalise(tokenizer, Options.Folding);
        if (_concepts is not null) stream = new ConceptFilter(stream, _concepts);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new ConceptKeywordFilter(stream);
        stream = Options.Stemmer switch
        {
            Stemmer.Porter => new PorterStemFilter(stream),
            Stemmer.KStem => new KStemFilter(stream),
            _ => stream,
        };
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The steps before concept matching; synonym inputs go through the same steps.</summary>
    private static TokenStream Normalise(Tokenizer tokenizer, bool folding)
    {
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        return folding ? new ASCIIFoldingFilter(stream, preserveOriginal: false) : stream;
    }

    private static ConceptPhrases? Phrases(ConceptVocabulary vocabulary, bool folding, bool broader)
    {
        var words = PhraseWords(vocabulary, folding);
        if (broader)
        {
            words = words.SelectMany(phrase => Broader(vocabulary, ConceptTokens.ConceptId(phrase.Concept))
                .Select(id => (phrase.Words, ConceptTokens.For(id))).Prepend(phrase)).ToList();
        }
        var phrases = new ConceptPhrases(words);
        return phrases.IsEmpty ? null : phrases;
    }

    /// <summary>The concepts above <paramref name="id"/>, nearest first (a cycle in the vocabulary ends the walk).</summary>
    private static List<string> Broader(ConceptVocabulary vocabulary, string id)
    {
        var above = new List<string>();
        for (var parent = vocabulary.Find(id)?.Parent; parent is not null && parent != id && !above.Contains(parent) && vocabulary.Find(parent) is { } concept; parent = concept.Parent)
            above.Add(parent);
        return above;
    }

    /// <summary>Every name of every concept (labels, synonyms, lay words, the id in words), normalised, with its concept token.</summary>
    public static IEnumerable<(string[] Words, string Concept)> PhraseWords(ConceptVocabulary vocabulary, bool folding) =>
        from concept in vocabulary.Concepts
        from term in concept.AllTerms.Append(concept.Id.Replace('-', ' ')).Distinct(StringComparer.OrdinalIgnoreCase)
        let words = NormalisedWords(term, folding)
        where words.Length > 0
        select (words, ConceptTokens.For(concept.Id));

    private static string[] NormalisedWords(string term, bool folding)
    {
        using var tokenizer = new StandardTokenizer(Version, new StringReader(term));
        using var stream = Normalise(tokenizer, folding);
        var text = stream.AddAttribute<ICharTermAttribute>();
        var words = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(text.ToString());
        stream.End();
        return [.. words];
    }
}
