using System.Text;
using Evidence.Bench.Corpus;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Bench.Micro;

/// <summary>A few generated summaries, loaded through the product's loader, for the micro-benchmarks.</summary>
internal static class SampleSummaries
{
    public static ConceptVocabulary Vocabulary { get; } = CorpusLoader.ReadVocabulary(CorpusLoader.VocabularyFileName, File.ReadAllBytes(CorpusWriter.VocabularyPath), []);

    public static IReadOnlyList<SourceFile> Load(int count)
    {
        var generator = CorpusWriter.Generator(seed: 20_260_101);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var summary = generator.Create(i);
            return CorpusLoader.ReadSource(summary.RelativePath, Encoding.UTF8.GetBytes(SummaryYaml.Write(summary)), Vocabulary);
        })];
    }
}
