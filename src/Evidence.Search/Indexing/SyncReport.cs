using Evidence.Corpus.Loading;

namespace Evidence.Search.Indexing;

/// <summary>What one pass over the corpus changed, and the files that could not be loaded.</summary>
public sealed record SyncReport(int Added, int Updated, int Deleted, int Unchanged, IReadOnlyDictionary<string, IReadOnlyList<CorpusError>> FileErrors, IReadOnlyList<CorpusError> VocabularyErrors)
{
    public bool Changed => Added + Updated + Deleted > 0;
}
