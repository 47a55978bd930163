using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Loading;

/// <summary>A whole corpus folder as loaded: the vocabulary, every source file, and all errors.</summary>
public sealed record CorpusSnapshot(ConceptVocabulary Vocabulary, IReadOnlyList<SourceFile> Files, IReadOnlyList<CorpusError> Errors)
{
    public IEnumerable<StudySummary> Summaries => Files.Where(file => file.IsValid).Select(file => file.Summary!);
}
