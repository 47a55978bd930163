using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Importing;

/// <summary>
/// Reads CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html): an array of items, or
/// one item. Items are read one at a time, so those before a syntax error still import. Zotero puts PMIDs in
/// "note" as "PMID: 123"; those are read too, and so is "Corpus ID: scifact:4983". "genre" stands in for a publication type.
/// </summary>
internal static partial class CslJsonReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 };

    [GeneratedRegex(@"\bPMID:\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PmidNote();

    [GeneratedRegex(@"\bPMCID:\s*(PMC\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PmcidNote();

    /// <summary>"Corpus ID: scifact:4983" in "note" or "extra", Zotero's place for fields CSL has no name for.</summary>
    [GeneratedRegex(@"\bCorpus ID:\s*(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex CorpusIdNote();

    public static IReadOnlyList<ReferenceEntry> Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var lines = new LineIndex(bytes);
        var entries = new List<ReferenceEntry>();
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read())
            {
                entries.Add(ReferenceEntry.Failed(1, new(1), "the file is empty; expected a CSL-JSON array of items"));
                return entries;
            }
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    entries.Add(ReadItem(ref reader, entries.Count + 1, lines));
            }
            else entries.Add(ReadItem(ref reader, 1, lines));
            if (reader.Read())
                entries.Add(ReferenceEntry.Failed(entries.Count + 1, lines.Position(reader.TokenStartIndex), "unexpected content after the CSL-JSON items; the file must hold one array or one item"));
        }
        catch (JsonException syntax)
        {
            var position = new FilePosition((int)(syntax.LineNumber ?? 0) + 1, (int)(syntax.BytePositionInLine ?? 0) + 1);
            entries.Add(ReferenceEntry.Failed(entries.Count + 1, position, $"JSON syntax error: {Message(syntax)}; the records after this point were not read"));
        }
        return entries;
    }

    private static ReferenceEntry ReadItem(ref Utf8JsonReader reader, int number, LineIndex lines)
    {
        var position = new FilePosition(lines.Position(reader.TokenStartIndex).Line);
        using var document = JsonDocument.ParseValue(ref reader);
        var item = document.RootElement;
        if (item.ValueKind != JsonValueKind.Object)
            return ReferenceEntry.Failed(number, position, $"record {number} is {Describe(item)}; expected a CSL-JSON item (an object)");
        try
        {
            return ReferenceEntry.Read(number, position, ToReference(item));
        }
        catch (RecordException problem)
        {
            return ReferenceEntry.Failed(number, position, problem.Message);
        }
    }

    private static ImportedReference ToReference(JsonElement item)
    {
        var note = string.Join("\n", Text(item, "note"), Text(item, "extra"));
        var (year, date) = Issued(item);
        var genre = ImportedText.Line(Text(item, "genre"));
        return new ImportedReference
        {
            Title = ImportedText.Line(Text(item, "title")),
            Authors = Authors(item),
            Type = Type(Text(item, "type"), genre),
            Journal = ImportedText.Line(Text(item, "container-title")),
            JournalAbbreviation = ImportedText.Line(Text(item, "container-title-short") ?? Text(item, "journalAbbreviation")),
            Publisher = ImportedText.Line(Text(item, "publisher")),
            Year = year,
            Date = date,
            Volume = ImportedText.Line(Text(item, "volume", numbers: true)),
            Issue = ImportedText.Line(Text(item, "issue", numbers: true)),
            Pages = ImportedText.Line(Text(item, "page", numbers: true)),
            ArticleNumber = Text(item, "type") == "article-journal" ? ImportedText.Line(Text(item, "number", numbers: true)) : null,
            Accessed = item.TryGetProperty("accessed", out var accessed) && accessed.ValueKind == JsonValueKind.Object ? Accessed(accessed) : null,
            Doi = ImportedText.Line(Text(item, "DOI") ?? Text(item, "doi")),
            Pmid = ImportedText.Line(Text(item, "PMID", numbers: true) ?? Text(item, "pmid", numbers: true) ?? Group(PmidNote(), note)),
            Pmcid = ImportedText.Line(Text(item, "PMCID") ?? Text(item, "pmcid") ?? Group(PmcidNote(), note)),
            Url = ImportedText.Line(Text(item, "URL") ?? Text(item, "url")),
            CorpusId = Group(CorpusIdNote(), note),
            Abstract = ImportedText.Paragraphs(Text(item, "abstract")),
            PublicationTypes = genre is null ? [] : [genre],
            Keywords = [.. ImportedText.Keywords(Text(item, "keyword"))],
        };
    }

    private static List<Author> Authors(JsonElement item)
    {
        if (!item.TryGetProperty("author", out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array) throw new RecordException($"'author' is {Describe(list)}; expected a list of names");
        var authors = new List<Author>();
        foreach (var name in list.EnumerateArray())
        {
            if (name.ValueKind != JsonValueKind.Object) throw new RecordException($"an item of 'author' is {Describe(name)}; expected a name object");
            var literal = ImportedText.Line(Text(name, "literal"));
            var family = ImportedText.Line(string.Join(' ', Text(name, "non-dropping-particle"), Text(name, "family")));
            var given = ImportedText.Line(string.Join(' ', Text(name, "given"), Text(name, "dropping-particle")));
            if (family is not null) authors.Add(new Author(family, given, null));
            else if (literal is not null) authors.Add(new Author(null, null, literal));
            else if (given is not null) authors.Add(new Author(null, null, given));
        }
        return authors;
    }

    /// <summary>"accessed": a whole day as date-parts ([[2026, 12, 2]]) or raw text; anything less is dropped.</summary>
    private static string? Accessed(JsonElement accessed)
    {
        if (accessed.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0
            && parts[0] is { ValueKind: JsonValueKind.Array } first && first.GetArrayLength() == 3
            && first.EnumerateArray().All(part => part.ValueKind == JsonValueKind.Number && part.TryGetInt32(out _)))
        {
            var day = PublicationDate.From(first[0].GetInt32(), first[1].GetInt32(), first[2].GetInt32());
            return day.Length == 10 ? day : null;
        }
        return PublicationDate.Day(Text(accessed, "raw") ?? Text(accessed, "literal"));
    }

    /// <summary>"issued": date-parts ([[2018, 3]]), or a "raw"/"literal" date text.</summary>
    private static (int? Year, string? Date) Issued(JsonElement item)
    {
        if (!item.TryGetProperty("issued", out var issued) || issued.ValueKind == JsonValueKind.Null) return (null, null);
        if (issued.ValueKind == JsonValueKind.String) return PublicationDate.Parse(issued.GetString());
        if (issued.ValueKind != JsonValueKind.Object) throw new RecordException($"'issued' is {Describe(issued)}; expected a CSL date object");
        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0
            && parts[0] is { ValueKind: JsonValueKind.Array } first && first.GetArrayLength() > 0)
        {
            var numbers = first.EnumerateArray().Select(Number).ToArray();
            if (numbers[0] is not { } year) throw new RecordException($"'issued' year is '{first[0]}'; expected a number");
            return (year, PublicationDate.From(year, numbers.ElementAtOrDefault(1), numbers.ElementAtOrDefault(2)));
        }
        return PublicationDate.Parse(Text(issued, "raw") ?? Text(issued, "literal"));
    }

    private static int? Number(JsonElement part) => part.ValueKind switch
    {
        JsonValueKind.Number when part.TryGetInt32(out var number) => number,
        JsonValueKind.String when int.TryParse(part.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    /// <summary>A text field; with <paramref name="numbers"/>, a number is taken as written (volume 44).</summary>
    private static string? Text(JsonElement item, string name, bool numbers = false)
    {
        if (!item.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when numbers => value.GetRawText(),
            JsonValueKind.Null => null,
            // Some exporters write container-title as a list of titles.
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => throw new RecordException($"'{name}' is {Describe(value)}; expected text"),
        };
    }

    private static string? Group(Regex pattern, string text) => pattern.Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    private static PublicationType Type(string? type, string? genre)
    {
        // CSL has no press-release type; Zotero users mark one in "genre".
        if (genre is not null && (genre.Contains("press release", StringComparison.OrdinalIgnoreCase) || genre.Contains("news release", StringComparison.OrdinalIgnoreCase)))
            return PublicationType.PressRelease;
        return type switch
        {
            "webpage" or "post" or "post-weblog" => PublicationType.WebPage,
            "report" => PublicationType.Report,
            "book" or "chapter" => PublicationType.Book,
            _ => PublicationType.JournalArticle,
        };
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
        _ => "null",
    };

    private static string Message(JsonException syntax)
    {
        // System.Text.Json appends "LineNumber: 3 | BytePositionInLine: 5."; the position is reported separately.
        var message = syntax.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private sealed class RecordException(string message) : Exception(message);

    /// <summary>Line numbers for byte offsets.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(byte[] bytes)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n') _starts.Add(i + 1);
            }
        }

        public FilePosition Position(long offset)
        {
            var index = _starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return new FilePosition(line + 1, (int)(offset - _starts[line]) + 1);
        }
    }
}
