
namespace Evidence.IndexBuild.Tests;

public sealed class StatsCommandTests
{
    [Fact]
    public void Stats_RepositoryCorpus_CountsSourcesByDesign()
    {
        var (exitCode, output) = CommandLine.Run("stats", RepositoryPaths.Corpus);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+ valid sources \(0 files with errors\)\n", output);
        Assert.Matches(@"by design:\n(  +\d+  [a-z-]+\n)*  +\d+  systematic-review\n", output);
    }

    [Fact]
    public void Stats_MissingFolder_Exits2()
    {
        Assert.Equal(2, CommandLine.Run("stats", Path.Combine(Path.GetTempPath(), "evidence-no-such-corpus")).ExitCode);
    }
}
