using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// NLM style (Citing Medicine, 2nd edition), the reference style of the ICMJE Recommendations, printed the
/// way PubMed prints it:
/// <c>Alster TS, Graham PM. Microneedling: a review and practical guide. Dermatol Surg. 2018 Mar;44(3):397-404. doi: 10.1097/DSS.0000000000001248. PMID: 28796657.</c>
/// Web pages and news releases follow chapter 25:
/// <c>Organization. Title [Internet]. Publisher; 2018 Feb 16 [cited 2026 Dec 2]. Available from: URL</c>.
/// Titles in sentence case (chapter 1, "Article title"); "[date unknown]" when no date was seen.
/// </summary>
public sealed class VancouverFormatter : ICitationFormatter
{
    /// <summary>More than 6 authors: the first 6, then "et al." (Citing Medicine ch. 1, Author).</summary>
    private const int MaxAuthors = 6;
    /// <summary>Citing Medicine allows at most two initials after a surname.</summary>
    private const int MaxInitials = 2;
    /// <summary>Citing Medicine ch. 1 and 25, "Date of publication": a date that cannot be found.</summary>
    private const string DateUnknown = "[date unknown]";

    public CitationStyle Style => CitationStyle.Vancouver;

    public string Format(StudySummary source) =>
        source.Publication.Type == PublicationType.JournalArticle ? JournalArticle(source) : StandAlone(source);

    public string FormatList(IReadOnlyList<StudySummary> sources) => Sentences.Numbered(sources.Select(Format));

    private static string JournalArticle(StudySummary source)
    {
        var publication = source.Publication;
        var ids = source.Identifiers;
        var location = Sentences.DateVolumeIssuePages(CitationDate.Of(source).YearMonthDay ?? DateUnknown, publication, pages => pages.JoinElided());

        var pubMedIds = ids.Pmid is null ? null : ids.Pmcid is null ? $"PMID: {ids.Pmid}." : $"PMID: {ids.Pmid}; PMCID: {ids.Pmcid}.";
        // A printed article is found by its DOI or PMID; only when it has neither is the URL the way to it.
        var availableFrom = ids.Doi is null && ids.Pmid is null && ids.Url is not null ? "Available from: " + Links.Canonical(ids.Url) : null;
        return Sentences.Join(
            Authors(source),
            Sentences.End(TitleCasing.SentenceCase(source.Title, TitleCasing.Subtitle.LowerCase)),
            Sentences.AbbreviatedJournal(publication) is { } journal ? Sentences.End(journal) : null,
            location + ".",
            ids.Doi is null ? null : $"doi: {ids.Doi}.",
            pubMedIds,
            availableFrom);
    }

    private static string StandAlone(StudySummary source)
    {
        var publication = source.Publication;
        var ids = source.Identifiers;
        var title = TitleCasing.SentenceCase(source.Title, TitleCasing.Subtitle.LowerCase);
        title = ids.Url is null ? Sentences.End(title) : title + " [Internet].";
        var date = CitationDate.Of(source).YearMonthDay ?? DateUnknown;
        // The date of citation is required for Internet material (ch. 25, "Date of citation").
        if (ids.Url is not null && CitationDate.Parse(ids.Accessed, null).YearMonthDay is { } viewed) date += $" [cited {viewed}]";
        // Place of publication is not in the corpus; it is left out rather than written "[place unknown]".
        var published = publication.Publisher is { } publisher ? $"{publisher}; {date}." : $"{date}.";
        return Sentences.Join(
            Authors(source),
            title,
            published,
            ids.Doi is null ? null : $"doi: {ids.Doi}.",
            ids.Url is null ? null : "Available from: " + Links.Canonical(ids.Url));
    }

    private static string? Authors(StudySummary source)
    {
        var authors = source.Authors;
        if (authors.Count == 0) return null;
        var names = authors.Take(MaxAuthors).Select(author => AuthorNames.SurnameInitials(author, MaxInitials));
        if (authors.Count > MaxAuthors || AuthorList.IsIncomplete(source)) names = names.Append("et al");
        return Sentences.End(string.Join(", ", names));
    }
}
