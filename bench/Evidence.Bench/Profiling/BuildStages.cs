using System.Diagnostics;
using Evidence.Bench.Corpus;
using Evidence.Corpus.Loading;
using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace Evidence.Bench.Profiling;

/// <summary>
/// Where a build's time goes, one thread, stage by stage over the same files: read, load (hash, YAML, validation),
/// document mapping, and analysis with the product chain against EnglishAnalyzer. A tool for finding hot spots.
/// </summary>
public static class BuildStages
{
    public static void Run(string corpus, int files, TextWriter log)
    {
        var paths = CorpusLoader.SourcePaths(corpus).Take(files).ToList();
        var vocabulary = CorpusLoader.LoadVocabulary(corpus, []);
        var analyzer = new EvidenceAnalyzer(vocabulary);
        var synonyms = new Lucene.Net.Analysis.Synonym.SynonymMap.Builder(dedup: true);
        foreach (var (words, concept) in EvidenceAnalyzer.PhraseWords(vocabulary, folding: true))
            synonyms.Add(Lucene.Net.Analysis.Synonym.SynonymMap.Builder.Join(words, new Lucene.Net.Util.CharsRef()), new Lucene.Net.Util.CharsRef(concept), includeOrig: true);
        SynonymMap = synonyms.Build();
        using var english = new EnglishAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48);
        for (var round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var bytes = paths.Select(File.ReadAllBytes).ToList();
            var read = clock.Elapsed;
            clock.Restart();
            var loaded = paths.Select((p, i) => CorpusLoader.ReadSource(Path.GetRelativePath(corpus, p), bytes[i], vocabulary)).ToList();
            var load = clock.Elapsed;
            clock.Restart();
            var documents = loaded.Select(f => SummaryDocument.Create(f, f.Summary!, vocabulary, Evidence.Search.Ranking.SearchProfile.Default.Ranking.SearchedFields)).ToList();
            var map = clock.Elapsed;
            clock.Restart();
            var json = loaded.Sum(f => RecordJson.Serialize(f.Summary!).Length);
            var serialize = clock.Elapsed;
            clock.Restart();
            long tokens = 0;
            foreach (var document in documents)
            {
                foreach (var field in document.Fields.Where(f => f.IndexableFieldType.IsTokenized && f.GetStringValue() is not null)) tokens += Consume(analyzer, field.Name, field.GetStringValue());
            }
            var analysis = clock.Elapsed;
            clock.Restart();
            long englishTokens = 0;
            foreach (var file in loaded) englishTokens += Consume(english, "text", Text(file.Summary!));
            var bare = clock.Elapsed;
            clock.Restart();
            foreach (var file in loaded) Consume(analyzer, "text", Text(file.Summary!));
            var productOneField = clock.Elapsed;
            var variants = new (string Name, Analyzer Analyzer)[]
            {
                ("with Lucene's SynonymFilter for concepts (the chain before ConceptFilter)", Variant(withSynonyms: true, withMarker: true)),
                ("no concepts", Variant(withSynonyms: false, withMarker: true)),
                ("no concepts, no keyword marker", Variant(withSynonyms: false, withMarker: false)),
            };
            var variantRates = new List<string>();
            foreach (var (name, variant) in variants)
            {
                clock.Restart();
                foreach (var file in loaded) Consume(variant, "text", Text(file.Summary!));
                variantRates.Add($"{name} {files / clock.Elapsed.TotalSeconds:F0}/s");
            }
            if (round == 0) continue;
            log.WriteLine($"product chain over the same single text {files / productOneField.TotalSeconds:F0}/s; " + string.Join(", ", variantRates));
            double Rate(TimeSpan t) => files / t.TotalSeconds;
            log.WriteLine($"{files} files, one thread: read {Rate(read):F0}/s, load (hash+YAML+validate) {Rate(load):F0}/s, map to document {Rate(map):F0}/s " +
                $"(of which record JSON {Rate(serialize):F0}/s, {json / files} bytes), product analysis {Rate(analysis):F0}/s ({tokens / files} tokens), EnglishAnalyzer on the same text {Rate(bare):F0}/s ({englishTokens / files} tokens)");
        }
    }

    private static Analyzer Variant(bool withSynonyms, bool withMarker) => Analyzer.NewAnonymous((field, reader) =>
    {
        var version = Lucene.Net.Util.LuceneVersion.LUCENE_48;
        var tokenizer = new Lucene.Net.Analysis.Standard.StandardTokenizer(version, reader);
        TokenStream stream = new Lucene.Net.Analysis.Standard.StandardFilter(version, tokenizer);
        stream = new EnglishPossessiveFilter(version, stream);
        stream = new Lucene.Net.Analysis.Core.LowerCaseFilter(version, stream);
        stream = new Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter(stream, false);
        if (withSynonyms) stream = new Lucene.Net.Analysis.Synonym.SynonymFilter(stream, SynonymMap!, ignoreCase: false);
        stream = new Lucene.Net.Analysis.Core.StopFilter(version, stream, EnglishAnalyzer.DefaultStopSet);
        if (withMarker) stream = new Lucene.Net.Analysis.Miscellaneous.PatternKeywordMarkerFilter(stream, new System.Text.RegularExpressions.Regex("^concept:", System.Text.RegularExpressions.RegexOptions.Compiled));
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    public static Lucene.Net.Analysis.Synonym.SynonymMap? SynonymMap { get; set; }

    private static string Text(Evidence.Corpus.Model.StudySummary s) =>
        string.Join("\n", [s.Title, s.Summary ?? "", .. s.Findings.Select(f => f.Effect), .. s.KeyPoints, s.Abstract ?? ""]);

    private static long Consume(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        long count = 0;
        while (stream.IncrementToken()) count++;
        stream.End();
        return count;
    }
}
