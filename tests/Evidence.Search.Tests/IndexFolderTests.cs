using Evidence.Search.Indexing;
using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

/// <summary>One owner of an index folder at a time; an index that cannot be read is rebuilt from the corpus.</summary>
public sealed class IndexFolderTests : IndexTestBase
{
    [Fact]
    public void ASecondOwner_IsRefused_WhileTheFirstHasTheFolder_AndLetInAfter()
    {
        using var second = new EvidenceLibrary(Corpus.CorpusPath, Corpus.IndexPath);

        var refused = Assert.Throws<IndexUnavailableException>(second.Open);
        Assert.Contains("another process", refused.Message);
        Assert.Equal(4, Index.DocumentCount);

        Library.Dispose();
        second.Open();
        Assert.Equal(4, second.DocumentCount);
        Assert.Null(second.DiscardedIndex);
    }

    [Fact]
    public void AnIndexWithoutItsCommitFile_IsRebuiltFromTheCorpus_AndOtherFilesInTheFolderStay()
    {
        Library.Dispose();
        // What two writers on one folder left behind: segments.gen names a commit whose file the other deleted.
        foreach (var commit in Directory.EnumerateFiles(Corpus.IndexPath, "segments_*")) File.Delete(commit);
        var notes = Path.Combine(Corpus.IndexPath, "operator-notes.txt");
        File.WriteAllText(notes, "kept");

        using var reopened = EvidenceLibrary.Open(Corpus.CorpusPath, Corpus.IndexPath);

        Assert.Contains("FileNotFoundException", reopened.DiscardedIndex);
        Assert.True(reopened.OpenIndex.NeedsFullReindex);
        Assert.Equal(0, reopened.DocumentCount);
        var report = reopened.Sync();
        Assert.Equal(4, report.Added);
        Assert.Equal(4, new EvidenceSearcher(reopened.OpenIndex).Search(new EvidenceQuery { Text = "microneedling" }).Total);
        Assert.Equal("kept", File.ReadAllText(notes));
    }
}
