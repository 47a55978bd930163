namespace Evidence.Search.Querying;

/// <summary>The records read for a synthesis, and how many sources matched (more when the limit cut the read).</summary>
public sealed record MatchingRecords(IReadOnlyList<Corpus.Model.StudySummary> Records, int Total)
{
    /// <summary>Null when every match was read; otherwise how many were left out.</summary>
    public int? NotRead => Total > Records.Count ? Total - Records.Count : null;
}
