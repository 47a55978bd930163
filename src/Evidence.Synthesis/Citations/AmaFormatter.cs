using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// AMA Manual of Style, 11th edition, chapter 3. Journal articles (3.11):
/// <c>Alster TS, Graham PM. Title. Dermatol Surg. 2018;44(3):397-404. doi:10.1097/DSS.0000000000001248</c>.
/// News releases (3.15): <c>Title. News release. Organization; February 16, 2018. URL</c>.
/// Plain text, so the journal abbreviation is not italic. No accessed date: the corpus does not record one.
/// </summary>
public sealed class AmaFormatter : ICitationFormatter
{
    /// <summary>More than 6 authors: the first 3, then "et al" (AMA 3.9.1).</summary>
    private const int MaxAuthors = 6;
    private const int AuthorsBeforeEtAl = 3;

    public CitationStyle Style => CitationStyle.Ama;

    public string Format(StudySummary source) =>
        source.Publication.Type == PublicationType.JournalArticle ? JournalArticle(source) : StandAlone(source);

    public string FormatList(IReadOnlyList<StudySummary> sources) => Sentences.Numbered(sources.Select(Format));

    private static string JournalArticle(StudySummary source)
    {
        var publication = source.Publication;
        var location = source.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + Sentences.VolumeIssuePages(publication, pages => pages.Join("-"));

        return Sentences.Join(
            Authors(source.Authors),
            Sentences.End(source.Title),
            Sentences.AbbreviatedJournal(publication) is { } journal ? Sentences.End(journal) : null,
            location + ".",
            Locator(source));
    }

    private static string StandAlone(StudySummary source)
    {
        var publication = source.Publication;
        var date = CitationDate.Of(source);
        // The site or issuing body is named after the title; repeating it as the author is redundant
        // (AMA 3.15.1: "Zika travel information. Centers for Disease Control and Prevention. …").
        IReadOnlyList<Author> authors = IsOnlyThePublisher(source.Authors, publication.Publisher) ? [] : source.Authors;
        var issuedBy = publication.Type switch
        {
            PublicationType.PressRelease => Sentences.Join("News release.", publication.Publisher is { } p ? $"{p}; {date.MonthDayYear}." : $"{date.MonthDayYear}."),
            PublicationType.WebPage => Sentences.Join(publication.Publisher is { } p ? Sentences.End(p) : null, $"{date.MonthDayYear}."),
            _ => publication.Publisher is { } p ? $"{p}; {date.Year}." : $"{date.Year}.",
        };
        return Sentences.Join(Authors(authors), Sentences.End(source.Title), issuedBy, Locator(source));
    }

    private static bool IsOnlyThePublisher(IReadOnlyList<Author> authors, string? publisher) =>
        authors is [{ Literal: { } literal }] && string.Equals(literal, publisher, StringComparison.OrdinalIgnoreCase);

    private static string? Authors(IReadOnlyList<Author> authors)
    {
        if (authors.Count == 0) return null;
        var names = authors.Count > MaxAuthors
            ? authors.Take(AuthorsBeforeEtAl).Select(author => AuthorNames.SurnameInitials(author)).Append("et al")
            : authors.Select(author => AuthorNames.SurnameInitials(author));
        return Sentences.End(string.Join(", ", names));
    }

    /// <summary>The DOI when there is one (AMA 3.15.1 prefers it to a URL), else the URL; never followed by a period.</summary>
    private static string? Locator(StudySummary source) =>
        source.Identifiers.Doi is { } doi ? "doi:" + doi : source.Identifiers.Url;
}
