using Evidence.Corpus.Model;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Summaries;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Service.Search;

/// <summary>
/// What a source's views say of it whatever the request: its AMA citation, what that citation still needs, and the
/// caution on its summary. Each is a function of the stored record alone, so a search hit's notes are made once per
/// segment core and document (<see cref="SegmentMemo{T}"/>) rather than per request: they were most of the cost of
/// turning a hit into its view (bench profile-hits). Kept in the host, not the index, so a change to the citation rules
/// takes effect at the next start instead of waiting for a rebuild.
/// </summary>
public sealed record SourceNotes(string Citation, string? CitationWarning, string? Caution)
{
    /// <summary>How many hits' notes are kept in all (about 1 KB each, so about 50 MB at most).</summary>
    public const int Budget = 50_000;

    private static readonly SegmentMemo<SourceNotes> Kept = new(Budget);

    public static SourceNotes Of(StudySummary summary) =>
        new(Cite.Format(summary, CitationStyle.Ama), Cite.Completeness(summary, CitationStyle.Ama).Warning, Cautions.For(summary));

    /// <summary>The notes of a hit's record, made the first time it is a hit in its segment.</summary>
    public static SourceNotes Of(SearchHit hit) => Kept.Get(hit.Address, () => Of(hit.Summary));
}
