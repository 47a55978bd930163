using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.Search.Indexing;

/// <summary>One change to apply: a file's summary added or replaced, or a file removed.</summary>
public abstract record IndexChange(string Path)
{
    public sealed record Upsert(SourceFile File, StudySummary Summary, long ModifiedTicks) : IndexChange(File.RelativePath);

    public sealed record Delete(string RelativePath) : IndexChange(RelativePath);
}
