namespace Evidence.Synthesis.Claims;

/// <summary>Where each piece of evidence stands on a claim; filled by the rules, decided by <see cref="Decide"/>.</summary>
internal sealed class ClaimSides
{
    public List<ClaimItem> Supporting { get; private set; } = [];
    public List<ClaimItem> Contradicting { get; private set; } = [];
    public List<ClaimItem> Related { get; private set; } = [];

    public void Add(Side side, ClaimItem item) =>
        (side switch { Side.Supports => Supporting, Side.Contradicts => Contradicting, _ => Related }).Add(item);

    public bool Decides => Supporting.Count + Contradicting.Count > 0;

    /// <summary>
    /// The verdict from direct evidence when there is any; otherwise from indirect evidence (combinations), said so.
    /// When direct evidence decides, indirect evidence moves to related: it is shown, not counted.
    /// </summary>
    public (Verdict Verdict, Directness Directness) Decide()
    {
        var direct = Supporting.Exists(e => !e.Indirect) || Contradicting.Exists(e => !e.Indirect);
        if (direct)
        {
            Move(Supporting);
            Move(Contradicting);
        }
        var directness = !Decides ? Directness.None : direct ? Directness.Direct : Directness.IndirectOnly;
        var verdict = (Supporting.Count, Contradicting.Count) switch
        {
            ( > 0, 0) => Verdict.Supported,
            (0, > 0) => Verdict.Contradicted,
            ( > 0, > 0) => Verdict.Mixed,
            _ => Verdict.InsufficientEvidence,
        };
        Supporting = Ordered(Supporting);
        Contradicting = Ordered(Contradicting);
        Related = Ordered(Related);
        return (verdict, directness);
    }

    private void Move(List<ClaimItem> from)
    {
        Related.AddRange(from.Where(e => e.Indirect).Select(e => e with { Moved = true }));
        from.RemoveAll(e => e.Indirect);
    }

    /// <summary>Direct first, then the best level, then the newest; ties keep the order found (blocks, rows, items).</summary>
    private static List<ClaimItem> Ordered(List<ClaimItem> list) =>
        [.. list.OrderBy(e => e.Indirect).ThenBy(e => e.Level).ThenByDescending(e => e.Year)];
}

internal enum Side
{
    Supports,
    Contradicts,
    Neither,
}
