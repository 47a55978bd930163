using Evidence.Corpus.Model;

namespace Evidence.Corpus.Loading;

/// <summary>
/// One corpus file as last read: its path relative to the corpus folder, a hash of its bytes, and either
/// the summary or the errors that kept it from loading.
/// </summary>
public sealed record SourceFile(string RelativePath, string ContentHash, StudySummary? Summary, IReadOnlyList<CorpusError> Errors)
{
    public bool IsValid => Summary is not null && Errors.Count == 0;
}
