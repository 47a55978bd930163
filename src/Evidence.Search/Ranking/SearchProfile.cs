using Evidence.Search.Analysis;
using Evidence.Search.Indexing;

namespace Evidence.Search.Ranking;

/// <summary>The analysis chain and the ranking the index and its searches use.</summary>
public sealed record SearchProfile(AnalysisOptions Analysis, RankingOptions Ranking)
{
    /// <summary>
    /// The product's settings, chosen on the SciFact training claims (docs/retrieval.md has the figures and the
    /// command that reproduces them): one BM25 field holding all of a source's text plus a boost for the title and
    /// the annotated concepts, which carry the vocabulary's lay and clinical names.
    /// </summary>
    public static SearchProfile Default { get; } = new(
        new AnalysisOptions(),
        new RankingOptions
        {
            Fields = [new(IndexFields.Text, 1.0f), new(IndexFields.Title, 0.5f), new(IndexFields.Concepts, 1.0f)],
        });
}
