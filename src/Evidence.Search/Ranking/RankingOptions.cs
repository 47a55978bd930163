using Evidence.Search.Indexing;

namespace Evidence.Search.Ranking;

/// <summary>How free text is scored: BM25 parameters, field weights, phrase boosts and optional feedback.</summary>
public sealed record RankingOptions
{
    /// <summary>BM25 term-frequency saturation; Lucene's default is 1.2.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation; Lucene's default is 0.75.</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>The fields every query term is sought in, with their weights.</summary>
    public IReadOnlyList<FieldWeight> Fields { get; init; } = [new(IndexFields.Text, 1.0f)];

    /// <summary>Fields where the query's words near each other (within <see cref="PhraseSlop"/>) add to the score.</summary>
    public IReadOnlyList<FieldWeight> PhraseFields { get; init; } = [];

    public int PhraseSlop { get; init; } = 2;

    /// <summary>Fields where each two neighbouring query words found near each other (within <see cref="PairSlop"/>) add to the score.</summary>
    public IReadOnlyList<FieldWeight> PairFields { get; init; } = [];

    public int PairSlop { get; init; } = 4;

    /// <summary>
    /// Free text by relevance is ranked in two passes (<see cref="Querying.TwoPassRanking"/>): a flat disjunction of its
    /// terms in the combined text finds the candidates and counts every match, and the ranking's query scores only the
    /// best this many candidates (at least the page's end plus half this many). 0 scores every match with the ranking's query.
    /// 100 and 50 gave the same nDCG@10 on the SciFact training claims at a page of 10 (docs/retrieval.md).
    /// </summary>
    public int FirstPassCandidates { get; init; } = 50;

    /// <summary>Null for a single pass.</summary>
    public RelevanceFeedback? Feedback { get; init; }

    /// <summary>
    /// The analysed fields these options search, and so the only free-text fields worth indexing: each field
    /// costs a full analysis of its text at build time.
    /// </summary>
    public IReadOnlySet<string> SearchedFields => Fields.Concat(PhraseFields).Concat(PairFields).Select(f => f.Field).ToHashSet(StringComparer.Ordinal);
}
