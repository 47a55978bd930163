namespace Evidence.Synthesis.Summaries;

/// <summary>
/// Distinct sources counted as fact-table rows arrive in reading order (block, then row): a source's findings and
/// reports arrive together, so a source is new exactly when its key differs from the last one seen.
/// </summary>
internal sealed class DistinctRows
{
    private long _last = -1;

    public int Count { get; private set; }

    /// <summary>The key of a row: its block's place in the reading order, then the row.</summary>
    public static long Key(int block, int row) => ((long)block << 32) | (uint)row;

    /// <summary>True the first time a source is seen.</summary>
    public bool Add(long key)
    {
        if (key == _last) return false;
        _last = key;
        Count++;
        return true;
    }

    /// <summary>Adds the count of another part of the reading order (a source is in one part only).</summary>
    public void Merge(DistinctRows part) => Count += part.Count;
}
