namespace Evidence.Search.Analysis;

public enum Stemmer
{
    None,
    /// <summary>Porter (1980): aggressive suffix stripping, the stemmer of Lucene's EnglishAnalyzer.</summary>
    Porter,
    /// <summary>Krovetz (1993): inflections and common derivations, dictionary-checked, so fewer false merges.</summary>
    KStem,
}

/// <summary>
/// The steps of the analysis chain that a search profile may change. An index records the options it was
/// built with and is rebuilt when they change, because index and query must analyse text the same way.
/// </summary>
public sealed record AnalysisOptions
{
    /// <summary>Vocabulary concepts as synonym tokens (<see cref="ConceptTokens"/>), so lay words meet clinical ones.</summary>
    public bool Concepts { get; init; } = true;

    /// <summary>Folds accented letters to ASCII ("Sjögren" matches "Sjogren").</summary>
    public bool Folding { get; init; } = true;

    public Stemmer Stemmer { get; init; } = Stemmer.Porter;

    /// <summary>A stable text for the index's commit data.</summary>
    public string Fingerprint => $"concepts={Concepts};folding={Folding};stemmer={Stemmer}";
}
