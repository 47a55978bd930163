using Evidence.Search.Indexing;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Evidence.Search.Tests;

/// <summary>Small segments left by edits are merged into one; Lucene's tiered policy alone keeps each.</summary>
public sealed class CompactingMergePolicyTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("evidence-merge-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Six commits of one document each, merges run as each commit ends; the segments once the writer is closed (which commits).</summary>
    private int SegmentsAfterSixEdits(MergePolicy policy)
    {
        using var directory = FSDirectory.Open(_folder);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = policy,
            MergeScheduler = new SerialMergeScheduler(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var edit = 0; edit < 6; edit++)
            {
                writer.AddDocument(new Document { new StringField("id", $"edit-{edit}", Field.Store.YES), new TextField("text", $"scar edit {edit}", Field.Store.NO) });
                writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(6, reader.NumDocs);
        return reader.Leaves.Count;
    }

    [Fact]
    public void EditsAfterALoad_AreMergedAsTheyCome()
    {
        Assert.Equal(1, SegmentsAfterSixEdits(new CompactingMergePolicy()));
    }

    [Fact]
    public void LucenesTieredPolicyAlone_KeepsEachEditsSegment()
    {
        // The control: what the index did before.
        Assert.Equal(6, SegmentsAfterSixEdits(new TieredMergePolicy()));
    }
}
