namespace Evidence.Synthesis.Citations;

/// <summary>A bibliographic element a citation style prints; its id (kebab-case) names it in the API.</summary>
public enum CitationField
{
    Authors,
    Title,
    /// <summary>The journal's full title (APA, BibTeX, RIS, CSL-JSON).</summary>
    Journal,
    /// <summary>The journal's NLM abbreviation (AMA, Vancouver).</summary>
    JournalAbbreviation,
    Year,
    Volume,
    Issue,
    /// <summary>The page range, or the article number of an online article.</summary>
    Pages,
    Doi,
    Pmid,
    Pmcid,
    Url,
    /// <summary>The date a web page was viewed (AMA "Accessed", Vancouver "[cited]").</summary>
    Accessed,
    Publisher,
}
