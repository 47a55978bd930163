namespace Evidence.Corpus.Model;

/// <summary>
/// Where a source appeared. Journal fields are empty for web pages and statements. <see cref="Journal"/> is the
/// journal's full title (APA, BibTeX, RIS and CSL use it), <see cref="JournalAbbreviation"/> its NLM abbreviation
/// (AMA and Vancouver use it). <see cref="ArticleNumber"/> is an article's number in an online journal that has
/// no page numbers (e15212), which APA prints as "Article e15212".
/// </summary>
public sealed record Publication(
    PublicationType Type,
    string? Journal,
    string? JournalAbbreviation,
    string? Publisher,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Date,
    string? ArticleNumber = null);
