namespace Evidence.Corpus.Model;

/// <summary>The kind of publication, which decides how a citation is formatted.</summary>
public enum PublicationType
{
    JournalArticle,
    PressRelease,
    WebPage,
    Report,
    Book,
}
