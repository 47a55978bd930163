using System.Text;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// BibTeX: <c>@article</c> for journal articles and <c>@misc</c> for press releases and web pages, with the
/// standard fields plus <c>doi</c>, <c>url</c>, <c>urldate</c>, <c>pmid</c> and <c>pmcid</c> (not standard, but
/// Zotero's export writes them and JabRef and biblatex styles keep them). Each identifier appears once: a PMID
/// repeated in <c>note</c> would be printed twice by styles that know the <c>pmid</c> field.
/// </summary>
public sealed class BibtexFormatter : ICitationFormatter
{
    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public CitationStyle Style => CitationStyle.Bibtex;

    public string Format(StudySummary source) => Entry(source, BibtexText.Key(source));

    /// <summary>Entries in the given order, a blank line between; a repeated key gets "a", "b", … appended.</summary>
    public string FormatList(IReadOnlyList<StudySummary> sources)
    {
        var keys = sources.Select(BibtexText.Key).ToList();
        var repeated = keys.GroupBy(key => key).Where(group => group.Count() > 1).ToDictionary(group => group.Key, _ => 0);
        var entries = new List<string>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            var key = keys[i];
            if (repeated.TryGetValue(key, out var used))
            {
                repeated[key] = used + 1;
                key += (char)('a' + used);
            }
            entries.Add(Entry(sources[i], key));
        }
        return string.Join('\n', entries);
    }

    private static string Entry(StudySummary source, string key)
    {
        var publication = source.Publication;
        var ids = source.Identifiers;
        var date = CitationDate.Of(source);
        var isArticle = publication.Type == PublicationType.JournalArticle;
        var fields = new List<(string Name, string? Value)>
        {
            // "and others" is BibTeX's own mark of a list that goes on (printed "et al.").
            ("author", source.Authors.Count == 0 ? null : string.Join(" and ", source.Authors.Select(Name)) + (AuthorList.IsIncomplete(source) ? " and others" : "")),
            ("title", BibtexText.Escape(source.Title)),
        };
        if (isArticle)
        {
            var journal = Sentences.FullJournal(publication);
            fields.Add(("journal", journal is null ? null : BibtexText.Escape(journal)));
            // biblatex's short journal title; classic BibTeX ignores it.
            fields.Add(("shortjournal", publication.JournalAbbreviation is { } abbreviation && abbreviation != journal ? BibtexText.Escape(abbreviation) : null));
        }
        else
        {
            fields.Add(("howpublished", publication.Type switch
            {
                PublicationType.PressRelease => "Press release",
                PublicationType.WebPage => "Web page",
                _ => null,
            }));
            fields.Add(("organization", publication.Publisher is { } publisher ? BibtexText.Escape(publisher) : null));
        }
        fields.Add(("year", date.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        fields.Add(("month", date.Month is { } month ? MonthMacros[month - 1] : null));
        fields.Add(("volume", publication.Volume is { } volume ? BibtexText.Escape(volume) : null));
        fields.Add(("number", publication.Issue is { } issue ? BibtexText.Escape(issue) : null));
        fields.Add(("pages", Sentences.PagesOrArticleNumber(publication, pages => pages.Join("--")) is { } pages ? BibtexText.Escape(pages) : null));
        // doi and url are read verbatim by biblatex and by hyperref's \url, so they are not escaped.
        fields.Add(("doi", ids.Doi));
        fields.Add(("pmid", ids.Pmid));
        fields.Add(("pmcid", ids.Pmcid));
        fields.Add(("url", Links.Canonical(ids.Url)));
        fields.Add(("urldate", ids.Accessed));

        var builder = new StringBuilder();
        builder.Append('@').Append(isArticle ? "article" : "misc").Append('{').Append(key);
        foreach (var (name, value) in fields.Where(field => field.Value is not null))
        {
            builder.Append(",\n  ").Append(name).Append(" = ");
            // Month macros (jan, feb, …) are written bare so styles can print the month in their own language.
            builder.Append(name == "month" ? value : "{" + value + "}");
        }
        return builder.Append("\n}\n").ToString();
    }

    /// <summary>An organisation is wrapped in a second pair of braces so BibTeX does not split it into first and last names.</summary>
    private static string Name(Author author) =>
        author.Literal is { } literal ? "{" + BibtexText.Escape(literal) + "}" : BibtexText.Escape(AuthorNames.FamilyCommaGiven(author));
}
