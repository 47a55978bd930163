namespace Evidence.Corpus.Importing;

/// <summary>Tells a reference file's format from its content, and reads it with the matching reader.</summary>
public static class ReferenceFormats
{
    /// <summary>
    /// The format of <paramref name="text"/>, or null when it is none of them. JSON starts with '[' or '{',
    /// XML with "&lt;?xml" or "&lt;PubmedArticleSet"; otherwise a line "PMID- " means MEDLINE and "TY  - " means RIS.
    /// </summary>
    public static ReferenceFormat? Detect(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.StartsWith("[") || start.StartsWith("{")) return ReferenceFormat.CslJson;
        if (start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<PubmedArticleSet", StringComparison.Ordinal)
            || start.StartsWith("<!DOCTYPE PubmedArticleSet", StringComparison.Ordinal))
            return ReferenceFormat.PubmedXml;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("PMID- ", StringComparison.Ordinal)) return ReferenceFormat.Nbib;
            if (line.StartsWith("TY  -", StringComparison.Ordinal)) return ReferenceFormat.Ris;
        }
        return null;
    }

    /// <summary>Every record of <paramref name="text"/>, read as <paramref name="format"/>.</summary>
    public static IReadOnlyList<ReferenceEntry> Read(string text, ReferenceFormat format) => format switch
    {
        ReferenceFormat.CslJson => CslJsonReader.Read(text),
        ReferenceFormat.Ris => RisReader.Read(text),
        ReferenceFormat.Nbib => NbibReader.Read(text),
        ReferenceFormat.PubmedXml => PubmedXmlReader.Read(text),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
