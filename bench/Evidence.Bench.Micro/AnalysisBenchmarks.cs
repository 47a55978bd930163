using BenchmarkDotNet.Attributes;
using Evidence.Bench.Corpus;
using Evidence.Corpus.Loading;
using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace Evidence.Bench.Micro;

/// <summary>The product's analysis chain (with vocabulary concepts) against plain EnglishAnalyzer over one record's text.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private EvidenceAnalyzer _product = null!;
    private EnglishAnalyzer _english = null!;
    private string _text = "";
    private SourceFile _file = null!;
    private byte[] _yaml = [];

    [GlobalSetup]
    public void Setup()
    {
        _product = new EvidenceAnalyzer(SampleSummaries.Vocabulary);
        _english = new EnglishAnalyzer(EvidenceAnalyzer.Version);
        _file = SampleSummaries.Load(1)[0];
        _yaml = System.Text.Encoding.UTF8.GetBytes(SummaryYaml.Write(CorpusWriter.Generator(20_260_101).Create(0)));
        var s = _file.Summary!;
        _text = string.Join("\n", [s.Title, s.Summary ?? "", .. s.Findings.Select(f => f.Effect), .. s.KeyPoints, s.Abstract ?? ""]);
    }

    [Benchmark(Baseline = true)]
    public int English() => Consume(_english, _text);

    [Benchmark]
    public int Product() => Consume(_product, _text);

    [Benchmark]
    public int ReadSource() => CorpusLoader.ReadSource(_file.RelativePath, _yaml, SampleSummaries.Vocabulary).Errors.Count;

    [Benchmark]
    public int MapToDocument() => SummaryDocument.Create(_file, _file.Summary!, SampleSummaries.Vocabulary, Evidence.Search.Ranking.SearchProfile.Default.Ranking.SearchedFields).Fields.Count;

    [Benchmark]
    public int RecordJsonRoundTrip() => RecordJson.Deserialize(RecordJson.Serialize(_file.Summary!)).Findings.Count;

    private static int Consume(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("summary", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken()) count += term.Length > 0 ? 1 : 0;
        stream.End();
        return count;
    }
}
