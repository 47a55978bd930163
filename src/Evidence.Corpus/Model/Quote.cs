namespace Evidence.Corpus.Model;

/// <summary>A short verbatim quote and where in the source it stands.</summary>
public sealed record Quote(string Text, string Location);
