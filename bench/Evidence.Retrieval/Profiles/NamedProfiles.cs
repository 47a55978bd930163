using Evidence.Search;
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

    private static readonly RankingOptions TitleBoost = OneField with { Fields = [new(IndexFields.Text, 1.0f), new(IndexFields.Title, 0.2f)] };

    private static readonly AnalysisOptions ProductAnalysis = new();

    public static IReadOnlyDictionary<string, (SearchProfile Profile, string Description)> All { get; } =
        new Dictionary<string, (SearchProfile, string)>(StringComparer.Ordinal)
        {
            ["baseline"] = (new(EnglishAnalysis, OneField), "BM25 (k1 1.2, b 0.75), one field title + abstract, EnglishAnalyzer chain, no boosts"),
            ["product-v1"] = (new(new AnalysisOptions(), ProductV1), "the product before: six weighted fields, phrase boosts, concepts, folding, Porter"),
            ["product-v1-no-phrase"] = (new(new AnalysisOptions(), ProductV1 with { PhraseFields = [] }), "product-v1 without the phrase boosts"),
            ["one-field"] = (new(ProductAnalysis, OneField), "baseline with the product's chain (concepts, folding)"),
            ["kstem"] = (new(EnglishAnalysis with { Stemmer = Stemmer.KStem }, OneField), "baseline with Krovetz instead of Porter"),
            ["no-stem"] = (new(EnglishAnalysis with { Stemmer = Stemmer.None }, OneField), "baseline without stemming"),
            ["title-boost"] = (new(ProductAnalysis, TitleBoost), "one-field plus the title field at 0.2"),
            ["pairs"] = (new(ProductAnalysis, OneField with { PairFields = [new(IndexFields.Text, 0.1f)], PairSlop = 4 }), "one-field plus neighbouring word pairs (slop 4) at 0.1"),
            ["rm3"] = (new(ProductAnalysis, OneField with { Feedback = new RelevanceFeedback { Documents = 10, Terms = 10, OriginalWeight = 0.5f } }), "one-field plus RM3 (10 documents, 10 terms, original weight 0.5; Anserini's defaults)"),
            ["rm3-light"] = (new(ProductAnalysis, OneField with { Feedback = new RelevanceFeedback { Documents = 10, Terms = 10, OriginalWeight = 0.85f } }), "one-field plus RM3 with original weight 0.85"),
            ["bm25-tuned"] = (new(ProductAnalysis, OneField with { K1 = 0.8f, B = 0.4f }), "one-field with k1 0.8, b 0.4"),
            ["best-rm3"] = (SearchProfile.Default with { Ranking = SearchProfile.Default.Ranking with { Feedback = new RelevanceFeedback { Documents = 10, Terms = 10, OriginalWeight = 0.85f } } }, "best plus RM3 with original weight 0.85"),
            ["best"] = (SearchProfile.Default, "the product's default (SearchProfile.Default): k1 0.8, b 0.4, text 1 + title 0.2 + concepts 1"),
        };
}
