namespace Evidence.Corpus.Model;

/// <summary>Where a source appeared. Journal fields are empty for web pages and statements.</summary>
public sealed record Publication(
    PublicationType Type,
    string? Journal,
    string? JournalAbbreviation,
    string? Publisher,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Date);
