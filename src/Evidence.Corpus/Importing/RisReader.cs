using System.Text.RegularExpressions;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Importing;

/// <summary>
/// Reads RIS: records from "TY  - " to "ER  - ", one "XX  - value" field a line, untagged lines continuing
/// the field above. Journal names follow Zotero (T2 full, J2 short) and EndNote (JF full, JO/JA short).
/// </summary>
internal static partial class RisReader
{
    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  -(?: (?<value>.*))?$")]
    private static partial Regex TagLine();

    public static IReadOnlyList<ReferenceEntry> Read(string text)
    {
        var entries = new List<ReferenceEntry>();
        TaggedRecord? record = null;
        var stray = false;
        var lineNumber = 0;

        // One report for a run of lines outside any record: a file in another format would otherwise give one a line.
        void Stray(string message)
        {
            if (!stray) entries.Add(ReferenceEntry.Failed(entries.Count + 1, new(lineNumber), message));
            stray = true;
        }

        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.ToString().TrimEnd().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var match = TagLine().Match(line);
            if (!match.Success)
            {
                if (record is not null) record.Continue(line);
                else Stray($"text outside a record; a record starts with 'TY  - ', found '{ImportedText.Clip(line)}'");
                continue;
            }
            var tag = match.Groups["tag"].Value;
            var value = match.Groups["value"].Value;
            if (tag == "TY")
            {
                if (record is not null)
                    entries.Add(ReferenceEntry.Failed(entries.Count + 1, new(record.Line), $"record has no 'ER  - ' line before the next 'TY  - ' on line {lineNumber}; it was not imported"));
                record = new TaggedRecord(lineNumber);
                record.Add(tag, value);
                stray = false;
            }
            else if (record is null) Stray($"'{tag}' field is outside a record; a record starts with 'TY  - '");
            else if (tag == "ER")
            {
                entries.Add(ToEntry(entries.Count + 1, record));
                record = null;
            }
            else record.Add(tag, value);
        }
        if (record is not null)
            entries.Add(ReferenceEntry.Failed(entries.Count + 1, new(record.Line), "record has no 'ER  - ' line before the end of the file; it was not imported"));
        return entries;
    }

    private static ReferenceEntry ToEntry(int number, TaggedRecord record)
    {
        var (year, date) = PublicationDate.Parse(record.First("PY", "Y1", "DA"));
        var start = record.First("SP");
        var end = record.First("EP");
        var fullJournal = record.First("JF", "T2", "JO");
        var reference = new ImportedReference
        {
            Title = ImportedText.Line(record.First("TI", "T1")),
            Authors = [.. record.All("AU").Concat(record.All("A1")).Select(ImportedText.Author).OfType<Author>()],
            Type = Type(record.First("TY")),
            Journal = ImportedText.Line(fullJournal),
            JournalAbbreviation = ImportedText.Line(record.First("J2", "JA", "JO") is { } abbreviation && abbreviation != fullJournal ? abbreviation : null),
            Publisher = ImportedText.Line(record.First("PB")),
            Year = year,
            Date = date,
            Volume = ImportedText.Line(record.First("VL")),
            Issue = ImportedText.Line(record.First("IS")),
            Pages = ImportedText.Line(start is null ? null : end is null || end == start ? start : $"{start}-{end}"),
            Doi = ImportedText.Line(record.First("DO")),
            // Y2 is the access date in the RIS specification and in Zotero's and EndNote's exports.
            Accessed = PublicationDate.Day(record.First("Y2")),
            Pmid = PubMedAccession(record),
            Url = record.All("UR").Select(ImportedText.Line).FirstOrDefault(url => url is not null && url.StartsWith("http", StringComparison.OrdinalIgnoreCase)),
            Abstract = ImportedText.Paragraphs(record.First("AB", "N2")),
            PublicationTypes = [.. record.All("M3").Select(ImportedText.Line).OfType<string>()],
            Keywords = [.. record.All("KW").SelectMany(ImportedText.Keywords)],
        };
        return ReferenceEntry.Read(number, new(record.Line), reference);
    }

    /// <summary>"AN" holds the PMID only when the record says it came from PubMed or MEDLINE.</summary>
    private static string? PubMedAccession(TaggedRecord record)
    {
        var database = record.First("DB", "DP") ?? "";
        var fromPubMed = database.Contains("pubmed", StringComparison.OrdinalIgnoreCase) || database.Contains("medline", StringComparison.OrdinalIgnoreCase) || database.Contains("NLM", StringComparison.Ordinal);
        return fromPubMed ? ImportedText.Line(record.First("AN")) : null;
    }

    private static PublicationType Type(string? ty) => ty?.Trim().ToUpperInvariant() switch
    {
        "ELEC" or "WEB" or "BLOG" => PublicationType.WebPage,
        "RPRT" or "GOVDOC" => PublicationType.Report,
        "BOOK" or "CHAP" or "EBOOK" or "ECHAP" or "EDBOOK" => PublicationType.Book,
        "NEWS" or "PRESS" => PublicationType.PressRelease,
        _ => PublicationType.JournalArticle,
    };
}
