namespace Evidence.Corpus.Importing;

/// <summary>The reference-file formats the importer reads. Their ids are "csl-json", "ris", "nbib" and "pubmed-xml".</summary>
public enum ReferenceFormat
{
    /// <summary>CSL-JSON, as Zotero and PubMed's citation exporter write it: an array of items or one item.</summary>
    CslJson,
    /// <summary>RIS tagged text ("TY  - JOUR" ... "ER  - ").</summary>
    Ris,
    /// <summary>PubMed's MEDLINE tagged text, saved as <c>.nbib</c> ("PMID- 28796657").</summary>
    Nbib,
    /// <summary>PubMed XML from E-utilities: <c>PubmedArticleSet/PubmedArticle</c>.</summary>
    PubmedXml,
}
