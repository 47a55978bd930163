using System.ComponentModel.DataAnnotations;

namespace Evidence.Service.Embeddings;

/// <summary>
/// The hybrid ranking (<c>Evidence:Embeddings</c>): sentence vectors of every source, computed in the background, re-rank
/// the top of free-text searches. Off, the service ranks lexically and never loads the model.
/// </summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Evidence:Embeddings";

    public bool Enabled { get; set; } = true;

    /// <summary>The lexical score's share of the fused score (the cosine has the rest); 0.4 measured best on SciFact's training claims.</summary>
    [Range(0.0, 1.0)]
    public float LexicalWeight { get; set; } = 0.4f;

    /// <summary>How many of Lucene's top hits are re-ranked.</summary>
    [Range(1, 1_000)]
    public int Depth { get; set; } = 100;

    /// <summary>ONNX Runtime threads for one batch; 1 leaves the other core to searches while a backlog is embedded.</summary>
    [Range(1, 64)]
    public int Threads { get; set; } = 1;
}
