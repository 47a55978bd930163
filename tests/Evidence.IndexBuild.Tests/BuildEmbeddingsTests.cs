namespace Evidence.IndexBuild.Tests;

/// <summary><c>build --embeddings</c> computes the sentence vectors with a progress line; a rebuild keeps them by content hash.</summary>
public sealed class BuildEmbeddingsTests
{
    [Fact]
    public void Build_WithEmbeddings_ShowsProgress_AndARebuildEmbedsOnlyWhatChanged()
    {
        using var corpus = new TestCorpus();
        var index = Path.Combine(corpus.Root, "built");

        var (first, firstOutput) = CommandLine.Run("build", "--corpus", corpus.CorpusPath, "--out", index, "--embeddings");
        corpus.Write("fixture-new", TestCorpus.Source("fixture-new", "Fixture: needling for enlarged pores", 2022, "case-series",
            ["scars"], ["microneedling"], [("scars", "scar-appearance", "improved", "Pores looked smaller.")], []));
        var (second, secondOutput) = CommandLine.Run("build", "--corpus", corpus.CorpusPath, "--out", index, "--embeddings");
        var (third, thirdOutput) = CommandLine.Run("build", "--corpus", corpus.CorpusPath, "--out", index);

        Assert.Equal(0, first);
        Assert.Contains("embedded 4 of 4 sources (", firstOutput);
        Assert.Contains("vectors: 4 sources have one, 0 do not", firstOutput);
        Assert.Equal(0, second);
        Assert.Contains("embedded 1 of 1 sources (", secondOutput);
        Assert.Contains("vectors: 5 sources have one, 0 do not", secondOutput);
        Assert.Equal(0, third);
        Assert.DoesNotContain("embedded", thirdOutput);
        Assert.Contains("vectors: 5 sources have one, 0 do not", thirdOutput);
    }
}
