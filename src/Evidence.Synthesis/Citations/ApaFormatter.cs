using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// APA Publication Manual, 7th edition, chapters 9 and 10. Journal articles (10.1):
/// <c>Alster, T. S., &amp; Graham, P. M. (2018). Microneedling: A review and practical guide. Dermatologic Surgery, 44(3), 397–404. https://doi.org/…</c>.
/// Press releases (10.4): <c>Organization. (2018, February 16). Title [Press release]. URL</c>. Titles in sentence
/// case with the subtitle capitalised (6.17); the journal by its full title (9.25); "n.d." with no date (9.17).
/// Plain text: the journal name, volume and stand-alone titles would be italic in print.
/// </summary>
public sealed class ApaFormatter : ICitationFormatter
{
    /// <summary>Up to 20 authors are listed; with 21 or more, the first 19, an ellipsis and the last (APA 9.8).</summary>
    private const int MaxAuthors = 20;
    private const int AuthorsBeforeEllipsis = 19;

    public CitationStyle Style => CitationStyle.Apa;

    public string Format(StudySummary source) =>
        source.Publication.Type == PublicationType.JournalArticle ? JournalArticle(source) : StandAlone(source);

    /// <summary>Alphabetical by first author (or by title when there is none), then by year (undated last), one entry a line.</summary>
    public string FormatList(IReadOnlyList<StudySummary> sources) =>
        string.Join('\n', sources
            .OrderBy(SortKey, StringComparer.OrdinalIgnoreCase)
            .ThenBy(source => source.Year ?? int.MaxValue)
            .ThenBy(source => source.Title, StringComparer.OrdinalIgnoreCase)
            .Select(Format));

    private static string SortKey(StudySummary source) =>
        source.Authors.Count > 0 ? AuthorNames.SortName(source.Authors[0]) : source.Title;

    private static string Title(StudySummary source, string? suffix = null) =>
        Sentences.End(TitleCasing.SentenceCase(source.Title, TitleCasing.Subtitle.Capitalised) + suffix);

    private static string JournalArticle(StudySummary source)
    {
        var publication = source.Publication;
        var periodical = Sentences.FullJournal(publication) ?? "";
        if (publication.Volume is not null) periodical += ", " + publication.Volume;
        if (publication.Issue is not null) periodical += (publication.Volume is null ? ", " : "") + $"({publication.Issue})";
        // An article number, or an e-locator stored as the pages, is printed as "Article e15212" (APA 9.27).
        if (PageRange.Parse(publication.Pages) is { } pages) periodical += ", " + (pages.IsElocator ? "Article " + pages.First : pages.Join("\u2013"));
        else if (publication.ArticleNumber is { } number) periodical += ", Article " + number;
        periodical = periodical.TrimStart(',', ' ');
        // A journal article is dated by its year alone (APA 10.1); "n.d." when there is none.
        var year = source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n.d.";
        return AuthorDateTitle(source, $"({year}).", Title(source), periodical.Length == 0 ? null : Sentences.End(periodical), Locator(source));
    }

    private static string StandAlone(StudySummary source)
    {
        var publication = source.Publication;
        var title = Title(source, publication.Type == PublicationType.PressRelease ? " [Press release]" : null);
        // When the author is also the publisher, the publisher is left out (APA 9.25).
        var publisher = publication.Publisher is { } p && !source.Authors.Any(author => string.Equals(author.Literal, p, StringComparison.OrdinalIgnoreCase))
            ? Sentences.End(p)
            : null;
        return AuthorDateTitle(source, $"({CitationDate.Of(source).AuthorDate}).", title, publisher, Locator(source));
    }

    /// <summary>With no author, the title moves to the author position: "Title. (2018). Source." (APA 9.12).</summary>
    private static string AuthorDateTitle(StudySummary source, string date, string title, string? rest, string? locator) =>
        source.Authors.Count == 0
            ? Sentences.Join(title, date, rest, locator)
            : Sentences.Join(Authors(source.Authors), date, title, rest, locator);

    private static string Authors(IReadOnlyList<Author> authors)
    {
        var names = authors.Select(AuthorNames.ApaName).ToList();
        var text = names.Count switch
        {
            1 => names[0],
            <= MaxAuthors => string.Join(", ", names[..^1]) + ", & " + names[^1],
            _ => string.Join(", ", names.Take(AuthorsBeforeEllipsis)) + ", . . . " + names[^1],
        };
        return Sentences.End(text);
    }

    /// <summary>The DOI as a link (APA 9.34), else the URL; never followed by a period.</summary>
    private static string? Locator(StudySummary source) =>
        source.Identifiers.Doi is { } doi ? "https://doi.org/" + doi : Links.Canonical(source.Identifiers.Url);
}
