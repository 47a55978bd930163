using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Evidence.Search.Analysis;

/// <summary>A token of analysed text with the character span it came from.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End);

public static class AnalyzedText
{
    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and returns its tokens.</summary>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text, int maxTokens = 10_000)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (tokens.Count < maxTokens && stream.IncrementToken())
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }
}
