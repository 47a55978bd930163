using Evidence.Corpus.Model;

namespace Evidence.Search.Querying;

/// <summary>One page of hits, the total, and facet counts over all hits.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, FacetCounts Facets)
{
    /// <summary>True when the order came from the hybrid ranking (lexical and semantic), false when from Lucene's alone.</summary>
    public bool Hybrid { get; init; }
}

/// <summary>A matching source with its score, a marked snippet and the query terms it matched.</summary>
public sealed record SearchHit(StudySummary Summary, float Score, string? Snippet);

/// <summary>Counts per value for each facet dimension.</summary>
public sealed record FacetCounts(
    IReadOnlyDictionary<string, int> Condition,
    IReadOnlyDictionary<string, int> Outcome,
    IReadOnlyDictionary<string, int> Design,
    IReadOnlyDictionary<int, int> Level,
    IReadOnlyDictionary<int, int> Year);
