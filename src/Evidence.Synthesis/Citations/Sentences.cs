using System.Text;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>Small text helpers shared by the plain-text styles.</summary>
internal static class Sentences
{
    /// <summary>Ends an element with a period unless it already ends in . ? or ! (a title that asks a question keeps its "?").</summary>
    public static string End(string element)
    {
        var trimmed = element.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }

    /// <summary>The elements that are present, separated by single spaces.</summary>
    public static string Join(params IEnumerable<string?> elements) =>
        string.Join(' ', elements.Where(element => !string.IsNullOrWhiteSpace(element)));

    /// <summary>"1. …", "2. …": the numbered list AMA and Vancouver use, one entry a line.</summary>
    public static string Numbered(IEnumerable<string> entries)
    {
        var builder = new StringBuilder();
        var number = 0;
        foreach (var entry in entries)
        {
            if (number > 0) builder.Append('\n');
            builder.Append(++number).Append(". ").Append(entry);
        }
        return builder.ToString();
    }

    /// <summary>The journal's NLM abbreviation, as AMA and NLM cite it, or its full title when no abbreviation is stored.</summary>
    public static string? AbbreviatedJournal(Publication publication) =>
        publication.JournalAbbreviation ?? publication.Journal;

    /// <summary>The journal's full title, as APA, BibTeX and CSL cite it, or its abbreviation when that is all there is.</summary>
    public static string? FullJournal(Publication publication) =>
        publication.Journal ?? publication.JournalAbbreviation;

    /// <summary>The pages as stored, or the article number of an online article (e15212) when there are none.</summary>
    public static string? PagesOrArticleNumber(Publication publication, Func<PageRange, string> joinPages) =>
        PageRange.Parse(publication.Pages) is { } pages ? joinPages(pages) : publication.ArticleNumber;

    /// <summary>
    /// "2018;44(3):397-404", "2018;71:1", "2022;35(1):e15212": what AMA and NLM print after the journal, with
    /// <paramref name="date"/> in the style's form. An article number stands where the pages would (AMA 3.11;
    /// Citing Medicine ch. 1, "Location (Pagination)").
    /// </summary>
    public static string DateVolumeIssuePages(string date, Publication publication, Func<PageRange, string> joinPages)
    {
        var text = date;
        if (publication.Volume is not null || publication.Issue is not null)
            text += ";" + publication.Volume + (publication.Issue is null ? "" : $"({publication.Issue})");
        if (PagesOrArticleNumber(publication, joinPages) is { } pages)
            text += ":" + pages;
        return text.TrimStart(';', ':');
    }
}
