using BenchmarkDotNet.Attributes;
using Evidence.Bench.Queries;
using Evidence.Search.Analysis;
using Evidence.Search.Querying;

namespace Evidence.Bench.Micro;

/// <summary>Turning the benchmark's free text into the service's Lucene query, and the snippet for one hit.</summary>
[MemoryDiagnoser]
public class QueryBuildingBenchmarks
{
    private EvidenceAnalyzer _analyzer = null!;
    private Evidence.Corpus.Model.StudySummary _summary = null!;
    private HashSet<string> _terms = [];

    [Params("stretch marks", "microneedling acne scars", "split-face randomised trial")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = new EvidenceAnalyzer(SampleSummaries.Vocabulary);
        _summary = SampleSummaries.Load(1)[0].Summary!;
        _terms = [.. TextQuery.Terms(_analyzer, Text).Select(t => t.Term)];
    }

    [Benchmark]
    public object? BuildTextQuery() => TextQuery.Build(_analyzer, Text, Evidence.Search.Ranking.SearchProfile.Default.Ranking);

    [Benchmark]
    public string? SnippetForOneHit() => SnippetBuilder.Build(_analyzer, _terms,
        [_summary.Summary, .. _summary.Findings.Select(f => f.Effect), .. _summary.KeyPoints, _summary.Abstract, _summary.Title]);

    /// <summary>Kept so the query set's texts compile against the same list the harness sends.</summary>
    public static IReadOnlyList<BenchQuery> Texts => QuerySet.Of(QueryKind.FreeText);
}
