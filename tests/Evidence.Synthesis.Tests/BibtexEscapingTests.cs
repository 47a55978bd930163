using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

public sealed class BibtexEscapingTests
{
    [Fact]
    public void Entry_EscapesAmpersandInJournalName()
    {
        var entry = Citations.Citations.Format(SourceFixtures.Get(SourceFixtures.NoIssueFirstPageOnly), CitationStyle.Bibtex);

        Assert.Contains("journal = {Journal of Plastic, Reconstructive \\& Aesthetic Surgery}", entry);
    }

    [Fact]
    public void Entry_EscapesPercentInTitle()
    {
        var entry = Citations.Citations.Format(SourceFixtures.Get(SourceFixtures.PercentInTitle), CitationStyle.Bibtex);

        Assert.Contains("title = {Topical 10\\% Tranexamic Acid", entry);
    }

    [Fact]
    public void Entry_LeavesUrlUnderscoresForUrlPackagesToRead()
    {
        var entry = Citations.Citations.Format(SourceFixtures.Get(SourceFixtures.NoIssueFirstPageOnly), CitationStyle.Bibtex);

        Assert.Contains("url = {https://www.researchgate.net/publication/317689989_Microneedling_Where_do", entry);
    }

    [Theory]
    [InlineData("a & b", @"a \& b")]
    [InlineData("10% of 5$", @"10\% of 5\$")]
    [InlineData("#1_{x}", @"\#1\_\{x\}")]
    [InlineData(@"a\b~c^d", @"a\textbackslash{}b\textasciitilde{}c\textasciicircum{}d")]
    [InlineData("Paixão – São Paulo", "Paixão – São Paulo")]
    public void Escape_EscapesLatexSpecialsAndKeepsUnicode(string text, string expected)
    {
        Assert.Equal(expected, BibtexText.Escape(text));
    }

    [Fact]
    public void Key_IsSurnameYearAndFirstTitleWordInAscii()
    {
        Assert.Equal("alster2018microneedling", BibtexText.Key(SourceFixtures.Get(SourceFixtures.FullArticle)));
        Assert.Equal("alam2014efficacy", BibtexText.Key(SourceFixtures.Get(SourceFixtures.TwelveAuthors)));
        Assert.Equal("americanacademyofdermatology2018microneedling", BibtexText.Key(SourceFixtures.Get(SourceFixtures.PressRelease)));
    }

    [Fact]
    public void AsciiLetters_DropsAccentsAndPunctuation()
    {
        Assert.Equal("paixao", AuthorNames.AsciiLetters("Paixão"));
        Assert.Equal("dalwignolda", AuthorNames.AsciiLetters("Dalwig-Nolda"));
    }
}
