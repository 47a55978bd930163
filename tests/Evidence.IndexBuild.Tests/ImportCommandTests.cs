namespace Evidence.IndexBuild.Tests;

public sealed class ImportCommandTests : IDisposable
{
    /// <summary>Alster &amp; Graham 2018, item 3 of the citation list, as Zotero exports it.</summary>
    private const string OneRecord = """
        [{"type": "article-journal", "title": "Microneedling: A Review and Practical Guide", "container-title": "Dermatol Surg",
          "author": [{"family": "Alster", "given": "Tina S."}, {"family": "Graham", "given": "Paul M."}],
          "issued": {"date-parts": [[2018, 3]]}, "DOI": "10.1097/DSS.0000000000001248", "PMID": "28796657"}]
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => Path.Combine(_folder.Path, "drafts");

    [Fact]
    public void Import_OfCleanRecords_Exits0_AndASecondRunFindsThemAllPresent()
    {
        var file = _folder.File("alster.json", OneRecord);

        var first = CommandLine.Run("import", file, "--out", Out, "--vocabulary", Fixtures.Vocabulary);
        var second = CommandLine.Run("import", file, "--out", Out, "--vocabulary", Fixtures.Vocabulary);

        Assert.Equal((0, "1 imported, 0 already present, 0 skipped with errors\n"), first);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal($"{file}:1: record 1 already present as alster-2018-microneedling-review-practical-guide\n0 imported, 1 already present, 0 skipped with errors\n", second.Output);
        Assert.Equal(0, CommandLine.Run("validate", Out).ExitCode);
    }

    [Fact]
    public void Import_WithAMalformedRecord_Exits1_PrintsItsPosition_AndImportsTheRest()
    {
        var (exitCode, output) = CommandLine.Run("import", Fixtures.Path("pubmed.nbib"), Fixtures.Path("zotero.ris"), "--out", Out, "--vocabulary", Fixtures.Vocabulary);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{Fixtures.Path("pubmed.nbib")}:69: record 3: ", output);
        Assert.Contains($"{Fixtures.Path("zotero.ris")}:40: record 3: ", output);
        Assert.EndsWith("6 imported, 0 already present, 2 skipped with errors\n", output);
        Assert.Equal(6, Directory.GetFiles(Out, "*.yaml").Length - 1);
    }

    [Fact]
    public void Import_WithAnExplicitFormat_ReadsTheFileAsThatFormat()
    {
        var (exitCode, output) = CommandLine.Run("import", Fixtures.Path("pubmed.nbib"), "--format", "ris", "--out", Out, "--vocabulary", Fixtures.Vocabulary);

        Assert.Equal(1, exitCode);
        Assert.Contains(":1: record 1: text outside a record; a record starts with 'TY  - '", output);
        Assert.EndsWith("0 imported, 0 already present, 1 skipped with errors\n", output);
    }

    [Fact]
    public void Import_OfAFileInNoKnownFormat_Exits1_AndAsksForTheFormat()
    {
        var file = _folder.File("notes.txt", "Alster 2018, microneedling review\n");

        var (exitCode, output) = CommandLine.Run("import", file, "--out", Out, "--vocabulary", Fixtures.Vocabulary);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{file}:1: cannot tell the format from the content; give it with --format", output);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "FILE")]
    [InlineData("import", "FILE", "--out", "OUT", "--format", "endnote")]
    [InlineData("import", "FILE", "--out", "OUT", "--unknown")]
    [InlineData("import", "missing.ris", "--out", "OUT")]
    [InlineData("import", "FILE", "--out", "OUT", "--corpus", "missing-corpus")]
    [InlineData("import", "FILE", "--out", "OUT", "--vocabulary", "missing-vocabulary.yaml")]
    public void Import_UsageErrors_Exit2_AndWriteNothing(params string[] args)
    {
        var file = _folder.File("alster.json", OneRecord);
        var resolved = args.Select(arg => arg switch
        {
            "FILE" => file,
            "OUT" => Out,
            "missing.ris" or "missing-corpus" or "missing-vocabulary.yaml" => Path.Combine(_folder.Path, arg),
            _ => arg,
        }).ToArray();

        var (exitCode, output) = CommandLine.Run(resolved);

        Assert.Equal(2, exitCode);
        Assert.NotEmpty(output);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Import_Help_DescribesTheOptions_AndExits0()
    {
        var (exitCode, output) = CommandLine.Run("import", "--help");

        Assert.Equal(0, exitCode);
        Assert.All(new[] { "FILE", "--out", "--format", "--vocabulary", "--corpus", "csl-json", "pubmed-xml" }, word => Assert.Contains(word, output));
    }
}
