using Evidence.Corpus.Model;

namespace Evidence.Embeddings.Indexing;

/// <summary>What a source's vector is computed from: its title and its text, as SciFact's evaluation embeds title + abstract.</summary>
public static class EmbeddingText
{
    /// <summary>The title, then the abstract, or the annotator's summary when the file has no abstract.</summary>
    public static string For(StudySummary summary)
    {
        var body = !string.IsNullOrWhiteSpace(summary.Abstract) ? summary.Abstract : summary.Summary;
        return string.IsNullOrWhiteSpace(body) ? summary.Title : summary.Title + "\n" + body;
    }
}
