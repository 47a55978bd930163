using Evidence.Corpus.Model;

namespace Evidence.Corpus.Importing;

/// <summary>
/// The bibliographic facts of one record as a reference file gives them, before they are checked and mapped
/// to a study summary. Identifiers are as written (a DOI may still carry its https://doi.org/ prefix).
/// </summary>
public sealed record ImportedReference
{
    public string? Title { get; init; }
    public IReadOnlyList<Author> Authors { get; init; } = [];
    public PublicationType Type { get; init; } = PublicationType.JournalArticle;
    public string? Journal { get; init; }
    public string? JournalAbbreviation { get; init; }
    public string? Publisher { get; init; }
    public int? Year { get; init; }
    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD, as far as the record gives it.</summary>
    public string? Date { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Pages { get; init; }
    /// <summary>An online article's number in place of pages (CSL "number" on a journal article).</summary>
    public string? ArticleNumber { get; init; }
    /// <summary>The day the record's URL was viewed, YYYY-MM-DD (CSL "accessed", RIS Y2), when the file gives the whole date.</summary>
    public string? Accessed { get; init; }
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public string? Pmcid { get; init; }
    public string? Url { get; init; }
    /// <summary>The record's id in a published text collection ("scifact:4983"), for sources known only by it.</summary>
    public string? CorpusId { get; init; }
    public string? Abstract { get; init; }
    /// <summary>PubMed publication types ("Randomized Controlled Trial"), or the record's genre or type of work.</summary>
    public IReadOnlyList<string> PublicationTypes { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>MeSH descriptor names without qualifiers or the major-topic star ("Cicatrix").</summary>
    public IReadOnlyList<string> MeshHeadings { get; init; } = [];
}
