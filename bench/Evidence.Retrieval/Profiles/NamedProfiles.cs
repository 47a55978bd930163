using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Evidence.Search.Ranking;

namespace Evidence.Retrieval.Profiles;

/// <summary>The configurations docs/retrieval.md reports, selectable with --config.</summary>
public static class NamedProfiles
{
    /// <summary>Lucene's EnglishAnalyzer chain (standard tokens, possessives, lower case, stop words, Porter).</summary>
    private static readonly AnalysisOptions EnglishAnalysis = new() { Concepts = false, Folding = false, Stemmer = Stemmer.Porter };

    /// <summary>The product's settings before this evaluation: six weighted fields and sloppy phrase boosts.</summary>
    private static readonly RankingOptions ProductV1 = new()
    {
        Fields =
        [
            new(IndexFields.Concepts, 3.0f), new(IndexFields.Title, 2.5f), new(IndexFields.KeyPoints, 1.5f),
            new(IndexFields.Summary, 1.2f), new(IndexFields.Findings, 1.2f), new(IndexFields.Abstract, 1.0f),
        ],
        PhraseFields = [new(IndexFields.Title, 2.0f), new(IndexFields.Summary, 1.0f), new(IndexFields.Abstract, 1.0f)],
        PhraseSlop = 2,
    };

    private static readonly RankingOptions OneField = new() { Fields = [new(IndexFields.Text, 1.0f)] };

    public static IReadOnlyDictionary<string, (SearchProfile Profile, string Description)> All { get; } =
        new Dictionary<string, (SearchProfile, string)>(StringComparer.Ordinal)
        {
            ["baseline"] = (new(EnglishAnalysis, OneField), "BM25 (k1 1.2, b 0.75), one field title + abstract, EnglishAnalyzer chain, no boosts"),
            ["product-v1"] = (new(new AnalysisOptions(), ProductV1), "the product before: six weighted fields, phrase boosts, concepts, folding, Porter"),
            ["product-v1-no-phrase"] = (new(new AnalysisOptions(), ProductV1 with { PhraseFields = [] }), "product-v1 without the phrase boosts"),
            ["one-field"] = (new(new AnalysisOptions(), OneField), "baseline with the product's chain (concepts, folding)"),
            ["kstem"] = (new(EnglishAnalysis with { Stemmer = Stemmer.KStem }, OneField), "baseline with Krovetz instead of Porter"),
            ["no-stem"] = (new(EnglishAnalysis with { Stemmer = Stemmer.None }, OneField), "baseline without stemming"),
            ["best"] = (SearchProfile.Default, "the product's default (SearchProfile.Default)"),
        };
}
