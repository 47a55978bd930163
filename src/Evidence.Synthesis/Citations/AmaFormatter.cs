using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// AMA Manual of Style, 11th edition, chapter 3. Journal articles (3.11):
/// <c>Alster TS, Graham PM. Microneedling: a review and practical guide. Dermatol Surg. 2018;44(3):397-404. doi:10.1097/DSS.0000000000001248</c>.
/// News releases (3.15): <c>Title. News release. Organization; February 16, 2018. Accessed December 2, 2026. URL</c>.
/// Titles in sentence case with a lower-case subtitle (3.9.1, 3.9.3). Plain text, so the journal abbreviation
/// is not italic.
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

    private static string Title(StudySummary source) =>
        Sentences.End(TitleCasing.SentenceCase(source.Title, TitleCasing.Subtitle.LowerCase));

    private static string JournalArticle(StudySummary source)
    {
        var publication = source.Publication;
        var year = source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var location = Sentences.DateVolumeIssuePages(year, publication, pages => pages.Join("-"));

        return Sentences.Join(
            Authors(source),
            Title(source),
            Sentences.AbbreviatedJournal(publication) is { } journal ? Sentences.End(journal) : null,
            location.Length == 0 ? null : location + ".",
            Locator(source));
    }

    private static string StandAlone(StudySummary source)
    {
        var publication = source.Publication;
        var date = CitationDate.Of(source).MonthDayYear;
        // The site or issuing body is named after the title; repeating it as the author is redundant
        // (AMA 3.15.1: "Zika travel information. Centers for Disease Control and Prevention. …").
        var authors = IsOnlyThePublisher(source.Authors, publication.Publisher) ? null : Authors(source);
        var issuedBy = publication.Type switch
        {
            PublicationType.PressRelease => Sentences.Join("News release.", Published(publication.Publisher, date)),
            PublicationType.WebPage => Sentences.Join(publication.Publisher is { } p ? Sentences.End(p) : null, date is null ? null : $"Published {date}."),
            _ => Published(publication.Publisher, source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        // "Accessed <date>." is required for online material (AMA 3.15.1); it comes from the record or the writer.
        var accessed = CitationDate.Parse(source.Identifiers.Accessed, null).MonthDayYear is { } viewed ? $"Accessed {viewed}." : null;
        return Sentences.Join(authors, Title(source), issuedBy, accessed, Locator(source));
    }

    /// <summary>"Organization; February 16, 2018.", "Organization." or "February 16, 2018.".</summary>
    private static string? Published(string? publisher, string? date) => (publisher, date) switch
    {
        (null, null) => null,
        ({ } p, null) => Sentences.End(p),
        (null, { } d) => d + ".",
        ({ } p, { } d) => $"{p}; {d}.",
    };

    private static bool IsOnlyThePublisher(IReadOnlyList<Author> authors, string? publisher) =>
        authors is [{ Literal: { } literal }] && string.Equals(literal, publisher, StringComparison.OrdinalIgnoreCase);

    private static string? Authors(StudySummary source)
    {
        var authors = source.Authors;
        if (authors.Count == 0) return null;
        var names = authors.Count > MaxAuthors
            ? authors.Take(AuthorsBeforeEtAl).Select(author => AuthorNames.SurnameInitials(author)).Append("et al")
            : authors.Select(author => AuthorNames.SurnameInitials(author));
        if (authors.Count <= MaxAuthors && AuthorList.IsIncomplete(source)) names = names.Append("et al");
        return Sentences.End(string.Join(", ", names));
    }

    /// <summary>The DOI when there is one (AMA 3.15.1 prefers it to a URL), else the URL; never followed by a period.</summary>
    private static string? Locator(StudySummary source) =>
        source.Identifiers.Doi is { } doi ? "doi:" + doi : Links.Canonical(source.Identifiers.Url);
}
