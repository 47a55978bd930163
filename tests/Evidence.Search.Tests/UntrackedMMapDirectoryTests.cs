using Evidence.Search.Indexing;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Evidence.Search.Tests;

/// <summary>The index's directory keeps no table of clones, reads what Lucene wrote, and fails safely after a close.</summary>
public sealed class UntrackedMMapDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("evidence-mmap-");

    public void Dispose() => _folder.Delete(recursive: true);

    private UntrackedMMapDirectory Open() => new(_folder, new NativeFSLockFactory());

    /// <summary>Three small segments, each in a compound file (Lucene's default for a small flush).</summary>
    private void Write(UntrackedMMapDirectory directory)
    {
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
        for (var segment = 0; segment < 3; segment++)
        {
            for (var i = 0; i < 10; i++)
                writer.AddDocument(new Document { new StringField("id", $"{segment}-{i}", Field.Store.YES), new TextField("text", $"scar number {i} segment {segment}", Field.Store.NO) });
            writer.Commit();
        }
    }

    [Fact]
    public void FilesAndCompoundFileSlices_AreOpenedUntracked_AndTheirClonesAreToo()
    {
        using var directory = Open();
        Write(directory);
        var compound = directory.ListAll().First(name => name.EndsWith(".cfs", StringComparison.Ordinal));

        using var file = directory.OpenInput(compound, IOContext.DEFAULT);
        using var slicer = directory.CreateSlicer(compound, IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("a part", 0, 16);

        Assert.IsAssignableFrom<ByteBufferIndexInput>(file);
        Assert.IsAssignableFrom<ByteBufferIndexInput>(slice);
        Assert.All(new[] { file, (IndexInput)file.Clone(), slice, (IndexInput)slice.Clone() }, input => Assert.True(UntrackedMMapDirectory.IsUntracked(input)));
        // The control: Lucene's own directory tracks them.
        using var lucene = new MMapDirectory(_folder);
        using var tracked = lucene.OpenInput(compound, IOContext.DEFAULT);
        Assert.False(UntrackedMMapDirectory.IsUntracked(tracked));
    }

    [Fact]
    public void AnIndexInCompoundFiles_IsSearchedThroughIt()
    {
        using var directory = Open();
        Write(directory);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        Assert.Equal(3, reader.Leaves.Count);
        Assert.Equal(30, searcher.Search(new TermQuery(new Term("text", "scar")), 100).TotalHits);
        var hits = searcher.Search(new TermQuery(new Term("text", "7")), 10).ScoreDocs;
        Assert.Equal(["0-7", "1-7", "2-7"], hits.Select(hit => searcher.Doc(hit.Doc).Get("id")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadingACloneAfterItsFileIsClosed_ThrowsInsteadOfReadingUnmappedMemory()
    {
        using var directory = Open();
        Write(directory);
        var file = directory.OpenInput(directory.ListAll().First(name => name.EndsWith(".cfs", StringComparison.Ordinal)), IOContext.DEFAULT);
        var clone = (IndexInput)file.Clone();
        clone.ReadByte();

        file.Dispose();

        Assert.Throws<ObjectDisposedException>(() =>
        {
            clone.Seek(0);
            clone.ReadByte();
        });
    }
}
