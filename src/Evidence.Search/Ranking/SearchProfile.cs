using Evidence.Search.Analysis;
using Evidence.Search.Indexing;

namespace Evidence.Search.Ranking;

/// <summary>The analysis chain and the ranking the index and its searches use.</summary>
public sealed record SearchProfile(AnalysisOptions Analysis, RankingOptions Ranking)
{
    /// <summary>
    /// The product's settings, chosen on the SciFact training claims (docs/retrieval.md has the figures and the
    /// command that reproduces them): BM25 with less length normalisation and term-frequency saturation than
    /// Lucene's defaults over one field holding all of a source's text and its annotated concepts' tokens, and a light
    /// title boost. Phrase and word-pair boosts and RM3 feedback did not help there and are off. The annotated concepts
    /// were once a field of their own, searched as a third field: every source has some, so its postings were the
    /// longest of all and made it most of a free-text search's cost (bench profile-query).
    /// </summary>
    public static SearchProfile Default { get; } = new(
        new AnalysisOptions(),
        new RankingOptions
        {
            K1 = 0.8f,
            B = 0.4f,
            Fields = [new(IndexFields.Text, 1.0f), new(IndexFields.Title, 0.2f)],
        });
}
