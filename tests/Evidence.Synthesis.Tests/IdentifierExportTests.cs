using System.Text.Json;
using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

/// <summary>The machine-readable formats must carry the identifiers a reader finds the source by.</summary>
public sealed class IdentifierExportTests
{
    private static readonly Corpus.Model.StudySummary Article = SourceFixtures.Get(SourceFixtures.FullArticle);

    [Fact]
    public void Ris_CarriesDoiAndPmid()
    {
        var lines = Citations.Citations.Format(Article, CitationStyle.Ris).Split('\n');

        Assert.Contains("DO  - 10.1097/DSS.0000000000001248", lines);
        Assert.Contains("AN  - 28796657", lines);
    }

    [Fact]
    public void Bibtex_CarriesDoiAndPmidOnce()
    {
        var entry = Citations.Citations.Format(Article, CitationStyle.Bibtex);

        Assert.Contains("  doi = {10.1097/DSS.0000000000001248},", entry);
        Assert.Contains("  pmid = {28796657}", entry);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(entry, "28796657"));
    }

    [Theory]
    [InlineData("http://pubmed.ncbi.nlm.nih.gov/24919799/")]
    [InlineData("http://www.ncbi.nlm.nih.gov/pubmed/24919799?tool=bestpractice.com")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/24919799")]
    public void EveryStyle_LinksPubMedOverHttps(string stored)
    {
        var source = Article with { Identifiers = new Corpus.Model.Identifiers(null, null, null, stored) };

        foreach (var style in CitationStyles.All)
        {
            var text = Citations.Citations.Format(source, style);
            Assert.Contains("https://pubmed.ncbi.nlm.nih.gov/24919799/", text);
            Assert.DoesNotContain("http://", text);
        }
    }

    [Fact]
    public void CslJson_ParsesBackWithDoiPmidAndUrl()
    {
        var sources = SourceFixtures.All;

        using var document = JsonDocument.Parse(Citations.Citations.FormatList(sources, CitationStyle.CslJson));

        var items = document.RootElement.EnumerateArray().ToDictionary(item => item.GetProperty("id").GetString()!);
        Assert.Equal(sources.Select(source => source.Id), items.Keys);
        Assert.Equal("10.1097/DSS.0000000000001248", items[SourceFixtures.FullArticle].GetProperty("DOI").GetString());
        Assert.Equal("28796657", items[SourceFixtures.FullArticle].GetProperty("PMID").GetString());
        Assert.Equal("PMC10911261", items[SourceFixtures.PercentInTitle].GetProperty("PMCID").GetString());
        Assert.Equal("https://www.aad.org/news/microneedling", items[SourceFixtures.PressRelease].GetProperty("URL").GetString());
        Assert.Equal("article-journal", items[SourceFixtures.FullArticle].GetProperty("type").GetString());
        Assert.Equal("webpage", items[SourceFixtures.PressRelease].GetProperty("type").GetString());
    }

    [Fact]
    public void CslJson_WritesIssuedAsDateParts()
    {
        using var document = JsonDocument.Parse(Citations.Citations.Format(SourceFixtures.Get(SourceFixtures.PressRelease), CitationStyle.CslJson));

        var parts = document.RootElement[0].GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(part => part.GetInt32());
        Assert.Equal([2018, 2, 16], parts);
    }

    [Fact]
    public void CslJson_WritesAnOrganisationAsALiteralName()
    {
        using var document = JsonDocument.Parse(Citations.Citations.Format(SourceFixtures.Get(SourceFixtures.PressRelease), CitationStyle.CslJson));

        var author = Assert.Single(document.RootElement[0].GetProperty("author").EnumerateArray());
        Assert.Equal("American Academy of Dermatology", author.GetProperty("literal").GetString());
    }
}
