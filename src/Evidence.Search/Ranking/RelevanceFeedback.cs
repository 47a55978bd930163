namespace Evidence.Search.Ranking;

/// <summary>
/// Pseudo-relevance feedback in the manner of RM3 (Lavrenko and Croft 2001; Abdul-Jaleel et al. 2004, as in
/// Anserini): the query is run once, the <see cref="Documents"/> best hits are taken as relevant, their
/// <see cref="Terms"/> most probable terms are added to the query, and the query runs again. The second run
/// only re-ranks what the first matched, so totals and facets are unchanged; its cost is a second search
/// plus analysing the title and abstract of <see cref="Documents"/> records.
/// </summary>
public sealed record RelevanceFeedback
{
    public int Documents { get; init; } = 10;

    public int Terms { get; init; } = 10;

    /// <summary>The weight of the original query against the expansion terms (Anserini's default is 0.5).</summary>
    public float OriginalWeight { get; init; } = 0.5f;
}
