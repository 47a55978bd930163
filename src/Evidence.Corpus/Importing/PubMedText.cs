namespace Evidence.Corpus.Importing;

/// <summary>Conventions shared by PubMed's MEDLINE text and XML.</summary>
internal static class PubMedText
{
    /// <summary>PubMed ends every article title with a full stop that the title itself does not have.</summary>
    public static string? Title(string? text)
    {
        var title = ImportedText.Line(text);
        if (title is null || !title.EndsWith('.') || title.EndsWith("..", StringComparison.Ordinal)) return title;
        return ImportedText.Line(title[..^1]);
    }

    /// <summary>"*Cicatrix/etiology/therapy" gives "Cicatrix": the star marks a major topic, slashes add qualifiers.</summary>
    public static string? MeshDescriptor(string? heading)
    {
        var text = ImportedText.Line(heading)?.TrimStart('*');
        if (text is null) return null;
        var slash = text.IndexOf('/');
        return ImportedText.Line(slash >= 0 ? text[..slash] : text);
    }
}
