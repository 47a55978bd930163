namespace Evidence.Synthesis.Citations;

/// <summary>A citation style or reference-manager format that a source can be exported in.</summary>
public enum CitationStyle
{
    /// <summary>AMA Manual of Style, 11th edition (JAMA Network).</summary>
    Ama,
    /// <summary>APA Publication Manual, 7th edition.</summary>
    Apa,
    /// <summary>NLM "Citing Medicine", 2nd edition, as PubMed prints it (the Vancouver family).</summary>
    Vancouver,
    Bibtex,
    Ris,
    /// <summary>CSL-JSON, the item format that citeproc-js, Zotero and pandoc read.</summary>
    CslJson,
}
