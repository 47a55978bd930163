using System.Globalization;
using System.Text;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// RIS, "TAG  - value" lines closed by "ER  - ". <c>TY JOUR</c> for journal articles; <c>TY ELEC</c> (web page)
/// for press releases and web pages, with the kind in <c>M3</c>, which Zotero reads as the website type.
/// The journal's full name goes in <c>T2</c> and its abbreviation in <c>JA</c>. PubMed has no RIS export of its
/// own; the PMID goes in <c>AN</c> (accession number, where EndNote keeps it for PubMed records) and the PMCID in
/// <c>C2</c> (Custom 2, where EndNote keeps a journal article's PMCID). Lines end with LF, which Zotero, EndNote and
/// Mendeley all read, although the 2011 specification asks for CRLF.
/// </summary>
public sealed class RisFormatter : ICitationFormatter
{
    public CitationStyle Style => CitationStyle.Ris;

    public string Format(StudySummary source)
    {
        var publication = source.Publication;
        var ids = source.Identifiers;
        var date = CitationDate.Of(source);
        var builder = new StringBuilder();
        void Tag(string tag, string? value)
        {
            // A record is one value a line; a stray line break in a value would start a bogus tag.
            if (!string.IsNullOrWhiteSpace(value)) builder.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append('\n');
        }

        var isArticle = publication.Type == PublicationType.JournalArticle;
        Tag("TY", publication.Type switch
        {
            PublicationType.JournalArticle => "JOUR",
            PublicationType.Report => "RPRT",
            PublicationType.Book => "BOOK",
            _ => "ELEC",
        });
        foreach (var author in source.Authors) Tag("AU", AuthorNames.FamilyCommaGiven(author));
        Tag("TI", source.Title);
        if (isArticle)
        {
            Tag("T2", Sentences.FullJournal(publication));
            Tag("JA", publication.JournalAbbreviation);
        }
        else
        {
            // A web page's T2 is its website, and the issuing body is the closest the corpus has to one.
            // Zotero has no publisher for web pages and would turn a PB line into a note, so ELEC gets T2 only.
            var isWebPage = publication.Type is PublicationType.PressRelease or PublicationType.WebPage;
            Tag(isWebPage ? "T2" : "PB", publication.Publisher);
            Tag("M3", publication.Type == PublicationType.PressRelease ? "Press release" : null);
        }
        Tag("PY", date.Year?.ToString(CultureInfo.InvariantCulture));
        Tag("DA", RisDate(date));
        Tag("VL", publication.Volume);
        Tag("IS", publication.Issue);
        if (PageRange.Parse(publication.Pages) is { } pages)
        {
            Tag("SP", pages.First);
            Tag("EP", pages.Last);
        }
        else Tag("SP", publication.ArticleNumber); // RIS has no article-number tag; Zotero and EndNote read it from SP
        Tag("DO", ids.Doi);
        Tag("UR", Links.Canonical(ids.Url));
        Tag("Y2", ids.Accessed is { } accessed ? accessed.Replace('-', '/') : null); // access date
        Tag("AN", ids.Pmid);
        Tag("C2", ids.Pmcid);
        builder.Append("ER  - \n");
        return builder.ToString();
    }

    /// <summary>Records one after another, as the format defines a file of several references.</summary>
    public string FormatList(IReadOnlyList<StudySummary> sources) => string.Concat(sources.Select(Format));

    /// <summary>"2018/02/16" or "2018/03"; no DA when only the year is known (PY has it).</summary>
    private static string? RisDate(CitationDate date) => (date.Year, date.Month) is ({ } year, { } month)
        ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}/{month:D2}") + (date.Day is { } day ? string.Create(CultureInfo.InvariantCulture, $"/{day:D2}") : "")
        : null;
}
