using Evidence.Search.Indexing;

namespace Evidence.Search.Tests;

/// <summary>A failed pass's buffered changes never ride along with a later commit.</summary>
public sealed class DiscardUncommittedTests : IndexTestBase
{
    private void BufferDeletion() => Index.Apply([new IndexChange.Delete("sources/fixture-acne-rct.yaml")]);

    [Fact]
    public void WithoutDiscard_ABufferedDeletionIsCommittedByTheNextCommit()
    {
        // The control: this is what DiscardUncommitted prevents.
        BufferDeletion();
        Index.Commit();

        Assert.Equal(3, Index.DocumentCount);
    }

    [Fact]
    public void Discard_DropsBufferedChanges_AndTheWriterStaysUsable()
    {
        BufferDeletion();
        Index.DiscardUncommitted();
        Index.Commit();
        Assert.Equal(4, Index.DocumentCount);

        Corpus.Delete("fixture-striae-series");
        var report = Library.Sync();
        Assert.Equal(1, report.Deleted);
        Assert.Equal(3, Index.DocumentCount);
    }

    [Fact]
    public void Discard_LeavesSearchesOnTheLastCommit()
    {
        BufferDeletion();
        Assert.Equal(4, Index.DocumentCount);
        Index.DiscardUncommitted();
        Assert.Equal(4, Index.DocumentCount);
        Assert.NotNull(Library.Find("fixture-acne-rct"));
    }
}
