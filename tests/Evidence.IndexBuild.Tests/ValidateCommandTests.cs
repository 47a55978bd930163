using System.Text.RegularExpressions;

namespace Evidence.IndexBuild.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TemporaryFolder _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Validate_RepositoryCorpus_Exits0()
    {
        var (exitCode, output) = CommandLine.Run("validate", RepositoryPaths.Corpus);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+ files, \d+ valid, 0 with errors, 0 errors, 0 lint findings; \d+ vocabulary concepts\n$", output);
    }

    [Fact]
    public void Validate_CorpusWithOneBrokenFile_Exits1_ReportsFileLineColumn_AndStillCountsTheGoodFile()
    {
        var good = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "sources", "ramaut-2018-microneedling-systematic-review.yaml"));
        File.Copy(Fixtures.Vocabulary, Path.Combine(_corpus.Path, "vocabulary.yaml"));
        _corpus.File("sources/ramaut-2018-microneedling-systematic-review.yaml", good);
        _corpus.File("sources/broken.yaml", good.Replace("id: ramaut-2018-microneedling-systematic-review", "id: broken").Replace("design: systematic-review", "desing: systematic-review"));

        var (exitCode, output) = CommandLine.Run("validate", _corpus.Path);

        Assert.Equal(1, exitCode);
        Assert.Matches(new Regex(@"^sources/broken\.yaml:\d+:\d+: unknown key 'desing'", RegexOptions.Multiline), output);
        Assert.DoesNotContain("ramaut-2018-microneedling-systematic-review.yaml:", output);
        Assert.Contains("2 files, 1 valid, 1 with errors", output);
    }

    [Fact]
    public void Validate_MissingFolder_Exits2()
    {
        var (exitCode, output) = CommandLine.Run("validate", Path.Combine(_corpus.Path, "missing"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: corpus folder ", output);
    }
}
