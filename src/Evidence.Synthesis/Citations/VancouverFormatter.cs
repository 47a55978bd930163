using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// NLM style (Citing Medicine, 2nd edition), the reference style of the ICMJE Recommendations, printed the
/// way PubMed prints it:
/// <c>Alster TS, Graham PM. Title. Dermatol Surg. 2018 Mar;44(3):397-404. doi: 10.1097/DSS.0000000000001248. PMID: 28796657.</c>
/// Web pages and news releases follow chapter 25: <c>Organization. Title [Internet]. Publisher; 2018 Feb 16. Available from: URL</c>.
/// </summary>
public sealed class VancouverFormatter : ICitationFormatter
{
    /// <summary>More than 6 authors: the first 6, then "et al." (Citing Medicine ch. 1, Author).</summary>
    private const int MaxAuthors = 6;
    /// <summary>Citing Medicine allows at most two initials after a surname.</summary>
    private const int MaxInitials = 2;

    public CitationStyle Style => CitationStyle.Vancouver;

    public string Format(StudySummary source) =>
        source.Publication.Type == PublicationType.JournalArticle ? JournalArticle(source) : StandAlone(source);

    public string FormatList(IReadOnlyList<StudySummary> sources) => Sentences.Numbered(sources.Select(Format));

    private static string JournalArticle(StudySummary source)
    {
        var publication = source.Publication;
        var ids = source.Identifiers;
        var location = CitationDate.Of(source).YearMonthDay + Sentences.VolumeIssuePages(publication, pages => pages.JoinElided());

        var pubMedIds = ids.Pmid is null ? null : ids.Pmcid is null ? $"PMID: {ids.Pmid}." : $"PMID: {ids.Pmid}; PMCID: {ids.Pmcid}.";
        // A printed article is found by its DOI or PMID; only when it has neither is the URL the way to it.
        var availableFrom = ids.Doi is null && ids.Pmid is null && ids.Url is not null ? "Available from: " + ids.Url : null;
        return Sentences.Join(
            Authors(source.Authors),
            Sentences.End(source.Title),
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
        var title = ids.Url is null ? Sentences.End(source.Title) : source.Title + " [Internet].";
        // Place of publication is not in the corpus; it is left out rather than written "[place unknown]".
        var published = publication.Publisher is { } publisher
            ? $"{publisher}; {CitationDate.Of(source).YearMonthDay}."
            : $"{CitationDate.Of(source).YearMonthDay}.";
        return Sentences.Join(
            Authors(source.Authors),
            title,
            published,
            ids.Doi is null ? null : $"doi: {ids.Doi}.",
            ids.Url is null ? null : "Available from: " + ids.Url);
    }

    private static string? Authors(IReadOnlyList<Author> authors)
    {
        if (authors.Count == 0) return null;
        var names = authors.Take(MaxAuthors).Select(author => AuthorNames.SurnameInitials(author, MaxInitials));
        if (authors.Count > MaxAuthors) names = names.Append("et al");
        return Sentences.End(string.Join(", ", names));
    }
}
