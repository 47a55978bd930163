using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

public sealed class CitationStylesTests
{
    [Theory]
    [InlineData("ama", CitationStyle.Ama)]
    [InlineData("APA", CitationStyle.Apa)]
    [InlineData("Vancouver", CitationStyle.Vancouver)]
    [InlineData(" bibtex ", CitationStyle.Bibtex)]
    [InlineData("RIS", CitationStyle.Ris)]
    [InlineData("CSL-JSON", CitationStyle.CslJson)]
    public void TryParse_AcceptsEachIdInAnyCase(string id, CitationStyle expected)
    {
        Assert.True(CitationStyles.TryParse(id, out var style));
        Assert.Equal(expected, style);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("csljson")]
    [InlineData("CslJson")]
    [InlineData("harvard")]
    public void TryParse_RejectsAnythingElse(string? id)
    {
        Assert.False(CitationStyles.TryParse(id, out _));
    }

    [Fact]
    public void EveryStyle_RoundTripsThroughItsId()
    {
        Assert.Equal(["ama", "apa", "vancouver", "bibtex", "ris", "csl-json"], CitationStyles.Ids);
        Assert.All(CitationStyles.All, style =>
        {
            Assert.True(CitationStyles.TryParse(style.Id(), out var parsed));
            Assert.Equal(style, parsed);
        });
    }

    [Theory]
    [InlineData(CitationStyle.Ama, "text/plain; charset=utf-8", "txt")]
    [InlineData(CitationStyle.Apa, "text/plain; charset=utf-8", "txt")]
    [InlineData(CitationStyle.Vancouver, "text/plain; charset=utf-8", "txt")]
    [InlineData(CitationStyle.Bibtex, "application/x-bibtex", "bib")]
    [InlineData(CitationStyle.Ris, "application/x-research-info-systems", "ris")]
    [InlineData(CitationStyle.CslJson, "application/vnd.citationstyles.csl+json", "json")]
    public void EveryStyle_HasItsContentTypeAndExtension(CitationStyle style, string contentType, string extension)
    {
        Assert.Equal(contentType, style.ContentType());
        Assert.Equal(extension, style.FileExtension());
    }

    [Fact]
    public void Citations_HasAFormatterForEveryStyle()
    {
        Assert.All(CitationStyles.All, style => Assert.Equal(style, Citations.Citations.FormatterFor(style).Style));
    }

    [Fact]
    public void Format_MakesEachStyleOnce_PerRecordObject_AndAfreshForAnEditedCopy()
    {
        var source = SourceFixtures.Get(SourceFixtures.Ids[0]);
        foreach (var style in CitationStyles.All)
        {
            var first = Citations.Citations.Format(source, style);
            Assert.Same(first, Citations.Citations.Format(source, style));
        }

        var edited = source with { Title = "An edited title for the memo test" };
        Assert.Contains("edited title", Citations.Citations.Format(edited, CitationStyle.Ama), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("edited title", Citations.Citations.Format(source, CitationStyle.Ama), StringComparison.OrdinalIgnoreCase);
    }
}
