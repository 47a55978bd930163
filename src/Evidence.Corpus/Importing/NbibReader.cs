using Evidence.Corpus.Model;

namespace Evidence.Corpus.Importing;

/// <summary>
/// Reads PubMed's MEDLINE tagged format (.nbib): a tag padded to four characters, "- ", the value
/// ("PMID- 28796657", "TI  - ..."); lines indented six spaces continue the field above; records are
/// separated by blank lines and start with "PMID- ".
/// See https://www.nlm.nih.gov/bsd/mms/medlineelements.html for the tags.
/// </summary>
internal static class NbibReader
{
    private const string Continuation = "      ";

    public static IReadOnlyList<ReferenceEntry> Read(string text)
    {
        var entries = new List<ReferenceEntry>();
        TaggedRecord? record = null;
        (int Line, string Message)? problem = null;
        var lineNumber = 0;

        void Close()
        {
            if (record is not null && !record.IsEmpty)
                entries.Add(problem is { } bad ? ReferenceEntry.Failed(entries.Count + 1, new(bad.Line), bad.Message) : ToEntry(entries.Count + 1, record));
            record = null;
            problem = null;
        }

        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.ToString().TrimEnd().TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                Close();
                continue;
            }
            if (line.StartsWith(Continuation, StringComparison.Ordinal) && record is not null)
            {
                record.Continue(line);
                continue;
            }
            if (!TrySplit(line, out var tag, out var value))
            {
                record ??= new TaggedRecord(lineNumber);
                problem ??= (lineNumber, $"'{ImportedText.Clip(line)}' is neither a field ('TAG - value', the tag padded to four characters) nor a continuation indented six spaces; the record starting on line {record.Line} was not imported");
                continue;
            }
            if (tag == "PMID") Close();
            record ??= new TaggedRecord(lineNumber);
            record.Add(tag, value);
        }
        Close();
        return entries;
    }

    /// <summary>"TI  - text": four characters of tag padded with spaces, then "- ".</summary>
    private static bool TrySplit(string line, out string tag, out string value)
    {
        tag = value = "";
        if (line.Length < 5 || line[4] != '-' || (line.Length > 5 && line[5] != ' ')) return false;
        tag = line[..4].TrimEnd();
        value = line.Length > 6 ? line[6..] : "";
        return tag.Length >= 2 && tag.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');
    }

    private static ReferenceEntry ToEntry(int number, TaggedRecord record)
    {
        var (year, date) = PublicationDate.Parse(record.First("DP"));
        var reference = new ImportedReference
        {
            Title = PubMedText.Title(record.First("TI")),
            Authors = Authors(record),
            Journal = ImportedText.Line(record.First("JT")),
            JournalAbbreviation = ImportedText.Line(record.First("TA")),
            Year = year,
            Date = date,
            Volume = ImportedText.Line(record.First("VI")),
            Issue = ImportedText.Line(record.First("IP")),
            Pages = ImportedText.Line(record.First("PG")),
            Doi = Doi(record),
            Pmid = ImportedText.Line(record.First("PMID")),
            Pmcid = ImportedText.Line(record.First("PMC")),
            Abstract = ImportedText.Line(record.First("AB")),
            PublicationTypes = [.. record.All("PT").Select(ImportedText.Line).OfType<string>()],
            Keywords = [.. record.All("OT").Select(ImportedText.Line).OfType<string>()],
            MeshHeadings = [.. record.All("MH").Select(PubMedText.MeshDescriptor).OfType<string>()],
        };
        return ReferenceEntry.Read(number, new(record.Line), reference);
    }

    /// <summary>Full names ("FAU - Alster, Tina S") when given, else "AU - Alster TS"; "CN" is a group author.</summary>
    private static List<Author> Authors(TaggedRecord record)
    {
        var full = record.All("FAU").Select(ImportedText.Author).OfType<Author>().ToList();
        var people = full.Count > 0 ? full : [.. record.All("AU").Select(ShortName).OfType<Author>()];
        return [.. people, .. record.All("CN").Select(ImportedText.Line).OfType<string>().Select(name => new Author(null, null, name))];
    }

    private static Author? ShortName(string text)
    {
        var name = ImportedText.Line(text);
        if (name is null) return null;
        var space = name.LastIndexOf(' ');
        return space < 0 ? new Author(name, null, null) : new Author(name[..space], name[(space + 1)..], null);
    }

    /// <summary>The DOI among "LID - 10.1097/DSS.0000000000001248 [doi]" and "AID - ... [doi]" lines.</summary>
    private static string? Doi(TaggedRecord record) =>
        record.All("LID").Concat(record.All("AID"))
            .Where(value => value.EndsWith("[doi]", StringComparison.OrdinalIgnoreCase))
            .Select(value => ImportedText.Line(value[..^"[doi]".Length]))
            .FirstOrDefault(value => value is not null);
}
