using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

public sealed class ReferenceListTests
{
    [Theory]
    [InlineData(CitationStyle.Ama)]
    [InlineData(CitationStyle.Vancouver)]
    public void NumberedStyles_NumberEntriesInCitationOrder(CitationStyle style)
    {
        var sources = SourceFixtures.All;

        var lines = Citations.Citations.FormatList(sources, style).Split('\n');

        Assert.Equal(sources.Count, lines.Length);
        for (var i = 0; i < sources.Count; i++)
            Assert.Equal($"{i + 1}. {Citations.Citations.Format(sources[i], style)}", lines[i]);
    }

    [Fact]
    public void Apa_ListsEntriesAlphabeticallyByFirstAuthor()
    {
        var lines = Citations.Citations.FormatList(SourceFixtures.All, CitationStyle.Apa).Split('\n');

        Assert.Equal(SourceFixtures.All.Count, lines.Length);
        Assert.Equal(lines.Order(StringComparer.OrdinalIgnoreCase), lines);
        Assert.StartsWith("Alam, M.", lines[0]);
        Assert.StartsWith("American Academy of Dermatology.", lines[2]);
        Assert.StartsWith("Comparison of the efficacy", lines[6]);
        Assert.StartsWith("Mehran, G.", lines[7]);
        Assert.All(lines, line => Assert.DoesNotMatch(@"^\d+\. ", line));
    }

    [Fact]
    public void Ris_ListIsEveryRecordInTurn()
    {
        var list = Citations.Citations.FormatList(SourceFixtures.All, CitationStyle.Ris);

        Assert.Equal(SourceFixtures.All.Count, list.Split("TY  - ").Length - 1);
        Assert.Equal(SourceFixtures.All.Count, list.Split("ER  - \n").Length - 1);
        Assert.Equal(string.Concat(SourceFixtures.All.Select(source => Citations.Citations.Format(source, CitationStyle.Ris))), list);
    }

    [Fact]
    public void Bibtex_ListGivesEachEntryADistinctKey()
    {
        var list = Citations.Citations.FormatList(SourceFixtures.All, CitationStyle.Bibtex);

        var keys = list.Split('\n').Where(line => line.StartsWith('@')).Select(line => line[(line.IndexOf('{') + 1)..]).ToList();
        Assert.Equal(SourceFixtures.All.Count, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Bibtex_ListSuffixesARepeatedKey()
    {
        var article = SourceFixtures.Get(SourceFixtures.FullArticle);

        var list = Citations.Citations.FormatList([article, SourceFixtures.Get(SourceFixtures.PressRelease), article], CitationStyle.Bibtex);

        var keys = list.Split('\n').Where(line => line.StartsWith('@')).ToList();
        Assert.Equal(["@article{alster2018microneedlinga,", "@misc{americanacademyofdermatology2018microneedling,", "@article{alster2018microneedlingb,"], keys);
    }
}
