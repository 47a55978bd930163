using Evidence.Corpus.Importing;

namespace Evidence.IndexBuild.Tests;

/// <summary>The four readers on small inline files: positions of errors, recovery, and hostile input.</summary>
public sealed class ReferenceReaderTests
{
    private const string Article = """
          <PubmedArticle>
            <MedlineCitation>
              <PMID>24919799</PMID>
              <Article>
                <Journal><JournalIssue><PubDate><Year>2014</Year></PubDate></JournalIssue><ISOAbbreviation>JAMA Dermatol</ISOAbbreviation></Journal>
                <ArticleTitle>TITLE</ArticleTitle>
              </Article>
            </MedlineCitation>
          </PubmedArticle>
        """;

    [Theory]
    [InlineData("  [ {\"title\": \"x\"} ]", ReferenceFormat.CslJson)]
    [InlineData("{\"title\": \"x\"}", ReferenceFormat.CslJson)]
    [InlineData("<?xml version=\"1.0\"?>\n<PubmedArticleSet/>", ReferenceFormat.PubmedXml)]
    [InlineData("<PubmedArticleSet></PubmedArticleSet>", ReferenceFormat.PubmedXml)]
    [InlineData("\nPMID- 24919799\nTI  - x", ReferenceFormat.Nbib)]
    [InlineData("TY  - JOUR\nTI  - x\nER  - ", ReferenceFormat.Ris)]
    public void Detect_TellsTheFormatFromTheContent(string text, ReferenceFormat format) =>
        Assert.Equal(format, ReferenceFormats.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("Title: Microneedling\nAuthor: Alster")]
    public void Detect_ReturnsNull_ForTextInNoKnownFormat(string text) => Assert.Null(ReferenceFormats.Detect(text));

    [Fact]
    public void PubmedXml_SyntaxError_IsReportedWithLineAndPosition_AfterTheArticlesBeforeIt()
    {
        var text = "<PubmedArticleSet>\n" + Article.Replace("TITLE", "Good") + "\n  <PubmedArticle><MedlineCitation>\n    <PMID>1</PMID></Broken>\n</PubmedArticleSet>";

        var entries = ReferenceFormats.Read(text, ReferenceFormat.PubmedXml);

        Assert.Equal(2, entries.Count);
        Assert.Equal("Good", entries[0].Reference?.Title);
        Assert.Equal(new FilePosition(2, 4), entries[0].Position);
        Assert.Null(entries[1].Reference);
        Assert.Equal(new FilePosition(12, 21), entries[1].Position); // the name in "</Broken>"
        Assert.StartsWith("XML error: ", entries[1].Error);
    }

    [Theory]
    [InlineData("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">")]
    [InlineData("<!ENTITY lol \"lol\"><!ENTITY xxe \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">")]
    public void PubmedXml_EntitiesDeclaredInTheFile_AreNeverExpanded(string declaration)
    {
        var text = $"<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [{declaration}]>\n<PubmedArticleSet>\n{Article.Replace("TITLE", "&xxe;")}\n</PubmedArticleSet>";

        var entry = Assert.Single(ReferenceFormats.Read(text, ReferenceFormat.PubmedXml));

        Assert.Null(entry.Reference);
        Assert.Contains("xxe", entry.Error);
    }

    [Fact]
    public void PubmedXml_ReportsAnUnexpectedRootElement()
    {
        var entry = Assert.Single(ReferenceFormats.Read("<?xml version=\"1.0\"?>\n<eSearchResult/>", ReferenceFormat.PubmedXml));

        Assert.Equal("the root element is 'eSearchResult'; expected PubmedArticleSet", entry.Error);
        Assert.Equal(new FilePosition(2, 2), entry.Position);
    }

    [Fact]
    public void CslJson_SyntaxError_IsReportedWithLineAndColumn_AfterTheItemsBeforeIt()
    {
        var text = "[\n  {\"title\": \"First\"},\n  {\"title\": \"Second\",\n   \"page\": 12 13}\n]";

        var entries = ReferenceFormats.Read(text, ReferenceFormat.CslJson);

        Assert.Equal(2, entries.Count);
        Assert.Equal("First", entries[0].Reference?.Title);
        Assert.Equal(new FilePosition(2), entries[0].Position);
        Assert.Equal(new FilePosition(4, 15), entries[1].Position);
        Assert.StartsWith("JSON syntax error: ", entries[1].Error);
    }

    [Fact]
    public void CslJson_ItemThatIsNotAnObject_IsReported_AndTheItemsAfterItAreRead()
    {
        var entries = ReferenceFormats.Read("[\n\"Alster 2018\",\n{\"title\": \"Second\"}\n]", ReferenceFormat.CslJson);

        Assert.Equal("record 1 is text; expected a CSL-JSON item (an object)", entries[0].Error);
        Assert.Equal("Second", entries[1].Reference?.Title);
        Assert.Equal(new FilePosition(3), entries[1].Position);
    }

    [Fact]
    public void CslJson_SingleItem_IsOneRecord()
    {
        var entry = Assert.Single(ReferenceFormats.Read("{\"title\": \"Only\", \"issued\": {\"raw\": \"2018-03\"}}", ReferenceFormat.CslJson));

        Assert.Equal(2018, entry.Reference?.Year);
        Assert.Equal("2018-03", entry.Reference?.Date);
    }

    [Fact]
    public void Ris_RecordWithoutEndAtTheEndOfTheFile_IsReported()
    {
        var entries = ReferenceFormats.Read("TY  - JOUR\nTI  - First\nER  - \n\nTY  - JOUR\nTI  - Cut off\n", ReferenceFormat.Ris);

        Assert.Equal("First", entries[0].Reference?.Title);
        Assert.Equal(new FilePosition(5), entries[1].Position);
        Assert.Contains("no 'ER  - ' line before the end of the file", entries[1].Error);
    }

    [Fact]
    public void Ris_UntaggedLine_ContinuesTheFieldAbove()
    {
        var entry = Assert.Single(ReferenceFormats.Read("TY  - JOUR\nTI  - A title that\nwraps\nER  -", ReferenceFormat.Ris));

        Assert.Equal("A title that wraps", entry.Reference?.Title);
    }

    [Fact]
    public void Nbib_RecordsNotSeparatedByABlankLine_AreSplitAtEachPmid()
    {
        var entries = ReferenceFormats.Read("PMID- 1\nTI  - One.\nPMID- 2\nTI  - Two.\nAU  - Alster TS\nCN  - American Academy of Dermatology", ReferenceFormat.Nbib);

        Assert.Equal(["One", "Two"], entries.Select(entry => entry.Reference?.Title));
        Assert.Equal(new FilePosition(3), entries[1].Position);
        Assert.Equal([new("Alster", "TS", null), new(null, null, "American Academy of Dermatology")], entries[1].Reference!.Authors);
    }

    [Theory]
    [InlineData("2018 Mar 15", "2018-03-15")]
    [InlineData("2017 Apr-Jun", "2017")]
    [InlineData("2014 Spring", "2014")]
    [InlineData("2021", "2021")]
    public void Nbib_PublicationDate_KeepsOnlyWhatItStatesExactly(string dp, string date)
    {
        var entry = Assert.Single(ReferenceFormats.Read($"PMID- 1\nDP  - {dp}", ReferenceFormat.Nbib));

        Assert.Equal(date, entry.Reference?.Date);
    }
}
