namespace Evidence.Corpus.Loading;

/// <summary>What is wrong in a corpus file, and exactly where. Lines and columns count from 1.</summary>
public sealed record CorpusError(string File, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>The kinds of problem the loader reports; tests and tools match on these.</summary>
public static class ErrorCodes
{
    public const string Syntax = "syntax";
    public const string NotText = "not-text";
    public const string NotRegular = "not-regular";
    public const string TooLarge = "too-large";
    public const string TooDeep = "too-deep";
    public const string Alias = "alias";
    public const string UnknownKey = "unknown-key";
    public const string DuplicateKey = "duplicate-key";
    public const string WrongType = "wrong-type";
    public const string Missing = "missing";
    public const string InvalidValue = "invalid-value";
    public const string UnknownConcept = "unknown-concept";
    public const string DuplicateId = "duplicate-id";
    public const string InvalidDoi = "invalid-doi";
    public const string InvalidPmid = "invalid-pmid";
    public const string InvalidYear = "invalid-year";
    public const string NoIdentifier = "no-identifier";
}
