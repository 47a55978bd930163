using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// CSL-JSON as citeproc-js, Zotero and pandoc read it (CSL 1.0.2 schema, csl-data.json): an array of items
/// with <c>id</c> (the source id), <c>type</c>, names as family/given or literal, <c>issued</c> as date-parts,
/// and the variables <c>container-title</c>, <c>container-title-short</c>, <c>volume</c>, <c>issue</c>,
/// <c>page</c>, <c>DOI</c>, <c>PMID</c>, <c>PMCID</c> and <c>URL</c>. A single source is also written as a
/// one-item array, so every output is a file those tools import.
/// </summary>
public sealed class CslJsonFormatter : ICitationFormatter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Keep "&", accents and dashes readable; the output is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public CitationStyle Style => CitationStyle.CslJson;

    public string Format(StudySummary source) => FormatList([source]);

    public string FormatList(IReadOnlyList<StudySummary> sources)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var source in sources) WriteItem(writer, source);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter writer, StudySummary source)
    {
        var publication = source.Publication;
        var ids = source.Identifiers;
        var date = CitationDate.Of(source);
        var isArticle = publication.Type == PublicationType.JournalArticle;

        writer.WriteStartObject();
        writer.WriteString("id", source.Id);
        writer.WriteString("type", publication.Type switch
        {
            PublicationType.JournalArticle => "article-journal",
            PublicationType.Report => "report",
            PublicationType.Book => "book",
            _ => "webpage",
        });
        writer.WriteString("title", source.Title);
        if (source.Authors.Count > 0)
        {
            writer.WriteStartArray("author");
            foreach (var author in source.Authors) WriteName(writer, author);
            writer.WriteEndArray();
        }
        // No "issued" for an undated source: CSL processors then print their "n.d." term.
        WriteDate(writer, "issued", date);
        if (isArticle)
        {
            WriteIfPresent(writer, "container-title", Sentences.FullJournal(publication));
            WriteIfPresent(writer, "container-title-short", publication.JournalAbbreviation);
        }
        else
        {
            WriteIfPresent(writer, "publisher", publication.Publisher);
            // CSL has no press-release type; styles print the genre ("[Press release]" in APA's CSL style).
            WriteIfPresent(writer, "genre", publication.Type == PublicationType.PressRelease ? "Press release" : null);
        }
        WriteIfPresent(writer, "volume", publication.Volume);
        WriteIfPresent(writer, "issue", publication.Issue);
        WriteIfPresent(writer, "page", PageRange.Parse(publication.Pages)?.Join("-"));
        // Zotero writes an article number as CSL "number"; APA's CSL style prints it as "Article e15212".
        WriteIfPresent(writer, "number", publication.ArticleNumber);
        WriteIfPresent(writer, "DOI", ids.Doi);
        WriteIfPresent(writer, "PMID", ids.Pmid);
        WriteIfPresent(writer, "PMCID", ids.Pmcid);
        WriteIfPresent(writer, "URL", Links.Canonical(ids.Url));
        WriteDate(writer, "accessed", CitationDate.Parse(ids.Accessed, null));
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, CitationDate date)
    {
        if (date.Year is not { } year) return;
        writer.WriteStartObject(name);
        writer.WriteStartArray("date-parts");
        writer.WriteStartArray();
        writer.WriteNumberValue(year);
        if (date.Month is { } month) writer.WriteNumberValue(month);
        if (date.Day is { } day) writer.WriteNumberValue(day);
        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter writer, Author author)
    {
        writer.WriteStartObject();
        if (author.Literal is { } literal)
        {
            writer.WriteString("literal", literal);
        }
        else
        {
            WriteIfPresent(writer, "family", author.Family);
            WriteIfPresent(writer, "given", author.Given);
        }
        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
