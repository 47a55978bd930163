using Evidence.Search.Indexing;
using Evidence.Service.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Service.Claims;

/// <summary>
/// How many sources in the live index name a concept (as condition, outcome, treatment or adverse event), counted
/// on demand and remembered for the request: a claim asks about a handful of concepts, or about one kind when it
/// names the nearest covered ones.
/// </summary>
internal sealed class ClaimCoverageCounts(EvidenceIndex index)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int SourcesNaming(string conceptId)
    {
        if (_counts.TryGetValue(conceptId, out var known)) return known;
        using var lease = index.Acquire();
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in new[] { IndexFields.Condition, IndexFields.Outcome, IndexFields.Intervention, IndexFields.AdverseEvent })
            any.Add(new TermQuery(new Term(field, conceptId)), Occur.SHOULD);
        var total = new TotalHitCountCollector();
        lease.Searcher.Search(any, total);
        return _counts[conceptId] = total.TotalHits;
    }
}
