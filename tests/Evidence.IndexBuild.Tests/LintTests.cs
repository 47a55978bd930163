namespace Evidence.IndexBuild.Tests;

/// <summary>
/// The corpus lint through <c>validate</c>: Fixtures/lint/base.yaml passes, and each other fixture breaks one
/// rule, reported as file:line:column: rule-id: message with exit code 1.
/// </summary>
public sealed class LintTests : IDisposable
{
    private readonly TemporaryFolder _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private (int ExitCode, string Output) Validate(string fixture)
    {
        File.Copy(Fixtures.Vocabulary, Path.Combine(_corpus.Path, "vocabulary.yaml"));
        _corpus.File("sources/lint-fixture.yaml", File.ReadAllText(Fixtures.Path(Path.Combine("lint", fixture + ".yaml"))));
        return CommandLine.Run("validate", _corpus.Path);
    }

    [Fact]
    public void BaseFixture_PassesTheLint()
    {
        var (exitCode, output) = Validate("base");

        Assert.Equal(0, exitCode);
        Assert.EndsWith("1 files, 1 valid, 0 with errors, 0 errors, 0 lint findings; " + File.ReadAllLines(Fixtures.Vocabulary).Count(line => line.TrimStart().StartsWith("- id:", StringComparison.Ordinal)) + " vocabulary concepts\n", output);
    }

    [Theory]
    [InlineData("direction-needs-comparison", 15, 16, "direction 'improved' needs a comparator")]
    [InlineData("certainty-cap", 18, 16, "a narrative-review gives at most 'very-low' certainty")]
    [InlineData("review-level", 9, 20, "level 1 is better than the included designs allow (2)")]
    [InlineData("canonical-link", 6, 48, "'www.researchgate.net' is not a canonical link")]
    [InlineData("key-point-number", 22, 5, "the key point states 48, which no finding or adverse event carries")]
    public void EachRule_IsReportedAtItsPlace_AndFailsValidate(string rule, int line, int column, string message)
    {
        var (exitCode, output) = Validate(rule);

        Assert.Equal(1, exitCode);
        var reported = Assert.Single(output.Split('\n'), text => text.StartsWith("sources/", StringComparison.Ordinal));
        Assert.StartsWith($"sources/lint-fixture.yaml:{line}:{column}: {rule}: ", reported);
        Assert.Contains(message, reported);
        Assert.Contains("0 errors, 1 lint findings", output);
    }

    [Fact]
    public void ASourceWithoutALink_FailsValidate_AtItsIdentifiers_SayingWhatIsExpected()
    {
        var (exitCode, output) = Validate("no-link");

        Assert.Equal(1, exitCode);
        var reported = Assert.Single(output.Split('\n'), text => text.StartsWith("sources/", StringComparison.Ordinal));
        Assert.StartsWith("sources/lint-fixture.yaml:6:14: a source needs a doi, a pmid, a url", reported);
        Assert.Contains("review.unlinkedReason", reported);
    }

    [Fact]
    public void AJournalArticleWithoutALink_PassesValidate_WhenItsReviewSaysWhy()
    {
        var (exitCode, output) = Validate("unlinked-with-reason");

        Assert.Equal(0, exitCode);
        Assert.Contains("1 files, 1 valid, 0 with errors, 0 errors, 0 lint findings", output);
    }
}
