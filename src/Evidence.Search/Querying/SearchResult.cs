using Evidence.Corpus.Model;
using Evidence.Search.Indexing;

namespace Evidence.Search.Querying;

/// <summary>One page of hits, the total, and facet counts over all hits.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, FacetCounts Facets)
{
    /// <summary>True when the order came from the hybrid ranking (lexical and semantic), false when from Lucene's alone.</summary>
    public bool Hybrid { get; init; }
}

/// <summary>
/// A matching source with its score and a marked snippet. <see cref="Summary"/> is its record as a hit shows it, without
/// quotes and limitations (<see cref="Indexing.RecordJson.DeserializeForHit"/>), shared with other requests;
/// <see cref="Address"/> says where it is stored, for values kept per record (<see cref="Indexing.SegmentMemo{T}"/>).
/// </summary>
public sealed record SearchHit(StudySummary Summary, float Score, string? Snippet, RecordAddress Address);

/// <summary>Counts per value for each facet dimension.</summary>
public sealed record FacetCounts(
    IReadOnlyDictionary<string, int> Condition,
    IReadOnlyDictionary<string, int> Outcome,
    IReadOnlyDictionary<string, int> Design,
    IReadOnlyDictionary<int, int> Level,
    IReadOnlyDictionary<int, int> Year)
{
    public static FacetCounts Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<int, int>(), new Dictionary<int, int>());
}
