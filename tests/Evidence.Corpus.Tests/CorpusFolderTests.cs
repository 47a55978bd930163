using System.Diagnostics;
using Evidence.Corpus.Loading;

namespace Evidence.Corpus.Tests;

/// <summary>The corpus gate on real files: what it lists, what it reads, and what it refuses without opening.</summary>
public sealed class CorpusFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "evidence-folder-tests", Guid.NewGuid().ToString("N"));
    private readonly string _corpus;
    private readonly string _outside;

    public CorpusFolderTests()
    {
        _corpus = Path.Combine(_root, "corpus");
        _outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(Path.Combine(_corpus, "sources", "nested"));
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_corpus, "vocabulary.yaml"), "concepts: []\n");
        File.WriteAllText(Path.Combine(_corpus, "sources", "a.yaml"), "id: a\n");
        File.WriteAllText(Path.Combine(_corpus, "sources", "nested", "b.yaml"), "id: b\n");
        File.WriteAllText(Path.Combine(_outside, "secret.yaml"), "root:*:19000:0:99999:7:::\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private CorpusFolder Folder => new(_corpus);

    private string Source(string name) => Path.Combine(_corpus, "sources", name);

    private string[] Listed() => [.. Folder.SourcePaths().Select(Folder.Relative)];

    [Fact]
    public void SourcePaths_ListsYamlBelowTheRoot_InOrder_WithoutTheVocabulary()
    {
        Assert.Equal(["sources/a.yaml", "sources/nested/b.yaml"], Listed());
    }

    [Fact]
    public void Read_GivesBytesHashAndRelativePath_OfARegularFile()
    {
        var file = Folder.Read(Source("a.yaml"));

        Assert.Null(file.Error);
        Assert.Equal("sources/a.yaml", file.RelativePath);
        Assert.Equal("id: a\n"u8.ToArray(), file.Bytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Bytes!)), file.ContentHash);
        Assert.Equal(Folder.Stamp(Source("a.yaml")), file.Stamp);
    }

    [Fact]
    public void LinkedFile_IsListed_ButRefused_AndItsTargetNeverRead()
    {
        File.CreateSymbolicLink(Source("link.yaml"), Path.Combine(_outside, "secret.yaml"));

        Assert.Contains("sources/link.yaml", Listed());
        var file = Folder.Read(Source("link.yaml"));
        Assert.Null(file.Bytes);
        Assert.Equal(ErrorCodes.NotRegular, file.Error!.Code);
        Assert.Equal("sources/link.yaml", file.Error.File);
        Assert.DoesNotContain("root:", file.Error.Message);
        Assert.DoesNotContain(_root, file.Error.Message);
    }

    [Fact]
    public void LinkedFolder_IsListedOnce_NotWalked_AndPathsThroughItAreRefused()
    {
        Directory.CreateSymbolicLink(Source("linked"), _outside);
        Directory.CreateSymbolicLink(Source("loop"), "..");

        Assert.Equal(["sources/a.yaml", "sources/linked", "sources/loop", "sources/nested/b.yaml"], Listed());
        Assert.Equal(ErrorCodes.NotRegular, Folder.Read(Path.Combine(Source("linked"), "secret.yaml")).Error!.Code);
        Assert.Equal(ErrorCodes.NotRegular, Folder.Read(Path.Combine(Source("loop"), "sources", "a.yaml")).Error!.Code);
    }

    [Fact]
    public void PathOutsideTheRoot_IsNeverRead_NorNamed()
    {
        var file = Folder.Read(Path.Combine(_outside, "secret.yaml"));

        Assert.Null(file.Bytes);
        Assert.DoesNotContain("outside/", file.Error!.File);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Fifo_IsRefusedWithoutOpening()
    {
        using (var mkfifo = Process.Start("mkfifo", [Source("pipe.yaml")])) await mkfifo.WaitForExitAsync();

        // Opening a FIFO for reading would block this test for good; the gate must answer at once.
        var read = await Task.Run(() => Folder.Read(Source("pipe.yaml"))).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("FIFO", read.Error!.Message);
    }

    [Fact]
    public void TooLargeFile_IsRefusedBeforeReading()
    {
        File.WriteAllBytes(Source("big.yaml"), new byte[2048]);

        Assert.Equal(ErrorCodes.TooLarge, Folder.Read(Source("big.yaml"), maxBytes: 1024).Error!.Code);
    }
}
