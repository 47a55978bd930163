using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

/// <summary>
/// Each fixture in each style, and the whole fixture list as a reference list, against Golden/.
/// Regenerate deliberately with <c>UPDATE_GOLDEN=1 dotnet test</c> and check the diff by eye.
/// </summary>
public sealed class CitationGoldenTests
{
    public static TheoryData<string, CitationStyle> FixtureStyles()
    {
        var data = new TheoryData<string, CitationStyle>();
        foreach (var id in SourceFixtures.Ids)
            foreach (var style in CitationStyles.All)
                data.Add(id, style);
        return data;
    }

    public static TheoryData<CitationStyle> Styles() => [.. CitationStyles.All];

    [Theory]
    [MemberData(nameof(FixtureStyles))]
    public void Format_MatchesGoldenFile(string fixture, CitationStyle style)
    {
        var output = Citations.Citations.Format(SourceFixtures.Get(fixture), style);

        GoldenFiles.AssertMatches($"{fixture}.{style.Id()}.{style.FileExtension()}", output);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void FormatList_MatchesGoldenFile(CitationStyle style)
    {
        var output = Citations.Citations.FormatList(SourceFixtures.All, style);

        GoldenFiles.AssertMatches($"reference-list.{style.Id()}.{style.FileExtension()}", output);
    }

    /// <summary>Each fixture's verdict in every style, one line a style, so a change in what is flagged shows in review.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Completeness_MatchesGoldenFile(string fixture)
    {
        var source = SourceFixtures.Get(fixture);
        var lines = CitationStyles.All.Select(style =>
        {
            var verdict = Citations.Citations.Completeness(source, style);
            var checks = verdict.Checks.Count == 0 ? "" : " (" + string.Join("; ", verdict.Checks) + ")";
            return $"{style.Id()}: {verdict.Warning ?? "ready"}{checks}";
        });

        GoldenFiles.AssertMatches($"{fixture}.completeness.txt", string.Join('\n', lines) + "\n");
    }

    public static TheoryData<string> Fixtures() => [.. SourceFixtures.Ids];

    [Fact]
    public void GoldenFolder_HoldsNoFileThatNoTestChecks()
    {
        var expected = SourceFixtures.Ids.Append("reference-list")
            .SelectMany(name => CitationStyles.All.Select(style => $"{name}.{style.Id()}.{style.FileExtension()}"))
            .Concat(SourceFixtures.Ids.Select(name => $"{name}.completeness.txt"))
            .ToHashSet();
        var orphans = Directory.EnumerateFiles(TestPaths.Golden).Select(Path.GetFileName).OfType<string>().Except(expected).ToList();

        Assert.True(orphans.Count == 0, "golden files no test checks: " + string.Join(", ", orphans));
    }
}
