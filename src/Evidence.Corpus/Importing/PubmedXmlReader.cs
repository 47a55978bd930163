using System.Xml;
using System.Xml.Linq;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Importing;

/// <summary>
/// Reads PubMed XML (<c>PubmedArticleSet/PubmedArticle</c>, https://www.nlm.nih.gov/bsd/licensee/elements_descriptions.html)
/// one article at a time, so articles before a syntax error still import.
/// </summary>
internal static class PubmedXmlReader
{
    /// <summary>
    /// No XML external entities: no resolver, and the DTD is skipped unread. E-utilities output starts with
    /// <c>&lt;!DOCTYPE PubmedArticleSet PUBLIC ...&gt;</c>, which <see cref="DtdProcessing.Prohibit"/> would reject
    /// outright; <see cref="DtdProcessing.Ignore"/> reads past it without fetching or declaring anything, so an
    /// entity reference in the file is an error, never an expansion.
    /// </summary>
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    public static IReadOnlyList<ReferenceEntry> Read(string text)
    {
        var entries = new List<ReferenceEntry>();
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        var lineInfo = (IXmlLineInfo)reader;
        try
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "PubmedArticleSet")
            {
                entries.Add(ReferenceEntry.Failed(1, new(lineInfo.LineNumber, lineInfo.LinePosition), $"the root element is '{reader.LocalName}'; expected PubmedArticleSet"));
                return entries;
            }
            if (reader.IsEmptyElement) return entries;
            reader.Read();
            while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }
                var position = new FilePosition(lineInfo.LineNumber, lineInfo.LinePosition);
                var element = (XElement)XNode.ReadFrom(reader);
                entries.Add(element.Name.LocalName == "PubmedArticle"
                    ? ToEntry(entries.Count + 1, position, element)
                    : ReferenceEntry.Failed(entries.Count + 1, position, $"'{element.Name.LocalName}' is not imported; only PubmedArticle records are"));
            }
        }
        catch (XmlException syntax)
        {
            entries.Add(ReferenceEntry.Failed(entries.Count + 1, new(Math.Max(1, syntax.LineNumber), Math.Max(1, syntax.LinePosition)),
                $"XML error: {Message(syntax)}; the records after this point were not read"));
        }
        return entries;
    }

    private static ReferenceEntry ToEntry(int number, FilePosition position, XElement article)
    {
        var citation = article.Element("MedlineCitation");
        var details = citation?.Element("Article");
        if (citation is null || details is null)
            return ReferenceEntry.Failed(number, position, "PubmedArticle has no MedlineCitation/Article; the record was not imported");
        var journal = details.Element("Journal");
        var issue = journal?.Element("JournalIssue");
        var (year, date) = PubDate(issue?.Element("PubDate"));
        var ids = article.Element("PubmedData")?.Element("ArticleIdList")?.Elements("ArticleId").ToList() ?? [];
        var reference = new ImportedReference
        {
            Title = PubMedText.Title(details.Element("ArticleTitle")?.Value),
            Authors = Authors(details.Element("AuthorList")),
            Journal = ImportedText.Line(journal?.Element("Title")?.Value),
            JournalAbbreviation = ImportedText.Line(journal?.Element("ISOAbbreviation")?.Value ?? citation.Element("MedlineJournalInfo")?.Element("MedlineTA")?.Value),
            Year = year,
            Date = date,
            Volume = ImportedText.Line(issue?.Element("Volume")?.Value),
            Issue = ImportedText.Line(issue?.Element("Issue")?.Value),
            Pages = ImportedText.Line(details.Element("Pagination")?.Element("MedlinePgn")?.Value),
            Doi = Id(ids, "doi") ?? ImportedText.Line(details.Elements("ELocationID").FirstOrDefault(e => (string?)e.Attribute("EIdType") == "doi")?.Value),
            Pmid = ImportedText.Line(citation.Element("PMID")?.Value) ?? Id(ids, "pubmed"),
            Pmcid = Id(ids, "pmc"),
            Abstract = Abstract(details.Element("Abstract")),
            PublicationTypes = Texts(details.Element("PublicationTypeList")?.Elements("PublicationType")),
            Keywords = Texts(citation.Elements("KeywordList").Elements("Keyword")),
            MeshHeadings = Texts(citation.Element("MeshHeadingList")?.Elements("MeshHeading").Elements("DescriptorName")),
        };
        return ReferenceEntry.Read(number, position, reference);
    }

    private static List<Author> Authors(XElement? list)
    {
        var authors = new List<Author>();
        foreach (var author in list?.Elements("Author") ?? [])
        {
            if ((string?)author.Attribute("ValidYN") == "N") continue;
            var family = ImportedText.Line(author.Element("LastName")?.Value);
            var given = ImportedText.Line(author.Element("ForeName")?.Value ?? author.Element("Initials")?.Value);
            var group = ImportedText.Line(author.Element("CollectiveName")?.Value);
            if (family is not null) authors.Add(new Author(family, given, null));
            else if (group is not null) authors.Add(new Author(null, null, group));
        }
        return authors;
    }

    /// <summary>Year/Month/Day, or a MedlineDate such as "2017 Apr-Jun" (which keeps only its year).</summary>
    private static (int? Year, string? Date) PubDate(XElement? date)
    {
        if (date is null) return (null, null);
        if (date.Element("Year")?.Value is not { } yearText) return PublicationDate.Parse(date.Element("MedlineDate")?.Value);
        var (year, _) = PublicationDate.Parse(yearText);
        if (year is null) return (null, null);
        var month = PublicationDate.Month(date.Element("Month")?.Value);
        var day = int.TryParse(date.Element("Day")?.Value, out var d) ? d : (int?)null;
        return (year, PublicationDate.From(year.Value, month, day));
    }

    /// <summary>Labelled parts ("BACKGROUND", "METHODS") become paragraphs that start with their label.</summary>
    private static string? Abstract(XElement? element)
    {
        var parts = (element?.Elements("AbstractText") ?? [])
            .Select(part => (Label: (string?)part.Attribute("Label"), Text: ImportedText.Line(part.Value)))
            .Where(part => part.Text is not null)
            .Select(part => string.IsNullOrWhiteSpace(part.Label) ? part.Text! : $"{part.Label.Trim()}: {part.Text}")
            .ToArray();
        return parts.Length == 0 ? null : string.Join("\n\n", parts);
    }

    private static string? Id(IEnumerable<XElement> ids, string type) =>
        ImportedText.Line(ids.FirstOrDefault(id => (string?)id.Attribute("IdType") == type)?.Value);

    private static string[] Texts(IEnumerable<XElement>? elements) =>
        [.. (elements ?? []).Select(element => ImportedText.Line(element.Value)).OfType<string>()];

    private static string Message(XmlException syntax)
    {
        // XmlException appends " Line 3, position 5."; the position is reported separately.
        var message = syntax.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
