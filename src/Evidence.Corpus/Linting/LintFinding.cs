namespace Evidence.Corpus.Linting;

/// <summary>A breach of a corpus rule a machine can check, at its place in the file.</summary>
public sealed record LintFinding(string File, int Line, int Column, string Rule, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Rule}: {Message}";
}
