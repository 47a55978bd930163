using System.Text;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// BibTeX: <c>@article</c> for journal articles and <c>@misc</c> for press releases and web pages, with the
/// standard fields plus <c>doi</c>, <c>url</c>, <c>pmid</c> and <c>pmcid</c> (not standard, but Zotero's export
/// writes them and JabRef and biblatex styles keep them), and the identifiers again in <c>note</c> so that
/// classic .bst styles, which drop unknown fields, still print them.
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
            ("author", source.Authors.Count == 0 ? null : string.Join(" and ", source.Authors.Select(Name))),
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
        fields.Add(("year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        fields.Add(("month", date.Month is { } month ? MonthMacros[month - 1] : null));
        fields.Add(("volume", publication.Volume is { } volume ? BibtexText.Escape(volume) : null));
        fields.Add(("number", publication.Issue is { } issue ? BibtexText.Escape(issue) : null));
        fields.Add(("pages", PageRange.Parse(publication.Pages) is { } pages ? BibtexText.Escape(pages.Join("--")) : null));
        // doi and url are read verbatim by biblatex and by hyperref's \url, so they are not escaped.
        fields.Add(("doi", ids.Doi));
        fields.Add(("pmid", ids.Pmid));
        fields.Add(("pmcid", ids.Pmcid));
        fields.Add(("url", ids.Url));
        fields.Add(("note", Note(ids)));

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

    private static string? Note(Identifiers ids) => (ids.Pmid, ids.Pmcid) switch
    {
        (null, null) => null,
        ({ } pmid, null) => "PMID: " + pmid,
        (null, { } pmcid) => "PMCID: " + pmcid,
        ({ } pmid, { } pmcid) => $"PMID: {pmid}; PMCID: {pmcid}",
    };
}
