using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.Search.Indexing;

/// <summary>One change to apply: a file's summary added or replaced, or a file removed.</summary>
public abstract record IndexChange(string Path)
{
    /// <param name="New">
    /// True when the index is known to hold nothing at this path (its file states say so): the document is added
    /// without a delete-by-path, which Lucene would otherwise resolve against every segment at each flush.
    /// </param>
    public sealed record Upsert(SourceFile File, StudySummary Summary, long ModifiedTicks, bool New = false) : IndexChange(File.RelativePath);

    public sealed record Delete(string RelativePath) : IndexChange(RelativePath);
}
