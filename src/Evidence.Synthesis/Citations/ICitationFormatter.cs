using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>Writes sources in one citation style.</summary>
public interface ICitationFormatter
{
    CitationStyle Style { get; }

    /// <summary>
    /// One source. The text styles (AMA, APA, Vancouver) give a single line with no line break at the
    /// end; BibTeX, RIS and CSL-JSON give a complete file that ends with a line break.
    /// </summary>
    string Format(StudySummary source);

    /// <summary>
    /// A reference list: numbered in the given order for AMA and Vancouver, alphabetical for APA,
    /// consecutive records for BibTeX and RIS, one JSON array for CSL-JSON.
    /// </summary>
    string FormatList(IReadOnlyList<StudySummary> sources);
}
