namespace Evidence.Synthesis.Claims;

/// <summary>Where each piece of evidence stands on a claim; filled by the rules, decided by <see cref="Decide"/>.</summary>
internal sealed class ClaimSides
{
    public List<ClaimEvidence> Supporting { get; } = [];
    public List<ClaimEvidence> Contradicting { get; } = [];
    public List<ClaimEvidence> Related { get; } = [];

    public void Add(Side side, ClaimEvidence evidence) =>
        (side switch { Side.Supports => Supporting, Side.Contradicts => Contradicting, _ => Related }).Add(evidence);

    public bool Decides => Supporting.Count + Contradicting.Count > 0;

    /// <summary>
    /// The verdict from direct evidence when there is any; otherwise from indirect evidence (combinations), said so.
    /// When direct evidence decides, indirect evidence moves to related: it is shown, not counted.
    /// </summary>
    public (Verdict Verdict, Directness Directness) Decide()
    {
        var direct = Supporting.Concat(Contradicting).Any(e => !e.Indirect);
        if (direct)
        {
            Move(Supporting, e => e.Indirect);
            Move(Contradicting, e => e.Indirect);
        }
        var directness = !Decides ? Directness.None : direct ? Directness.Direct : Directness.IndirectOnly;
        var verdict = (Supporting.Count, Contradicting.Count) switch
        {
            ( > 0, 0) => Verdict.Supported,
            (0, > 0) => Verdict.Contradicted,
            ( > 0, > 0) => Verdict.Mixed,
            _ => Verdict.InsufficientEvidence,
        };
        Order(Supporting);
        Order(Contradicting);
        Order(Related);
        return (verdict, directness);
    }

    private void Move(List<ClaimEvidence> from, Func<ClaimEvidence, bool> which)
    {
        var moved = from.Where(which).ToList();
        from.RemoveAll(e => which(e));
        Related.AddRange(moved.Select(e => e with { Bearing = e.Bearing + " Indirect (a combination treatment): shown, not counted, because direct evidence exists." }));
    }

    private static void Order(List<ClaimEvidence> list)
    {
        var ordered = list.OrderBy(e => e.Indirect).ThenBy(e => e.Level).ThenByDescending(e => e.Year).ToList();
        list.Clear();
        list.AddRange(ordered);
    }
}

internal enum Side
{
    Supports,
    Contradicts,
    Neither,
}
