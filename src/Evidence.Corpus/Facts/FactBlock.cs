using Evidence.Corpus.Model;

namespace Evidence.Corpus.Facts;

/// <summary>
/// A block of sources as synthesis reads it: the facts of every row, which rows are live (an index segment keeps
/// deleted rows until a merge), and the whole record of a row, read only for what a synthesis lists.
/// Blocks are read in order, and rows in each block in row order: that order breaks ties in every listing.
/// </summary>
public sealed class FactBlock(FactTable table, Func<int, bool>? isLive, Func<int, StudySummary> record)
{
    public FactTable Table { get; } = table;

    public bool IsLive(int row) => Table.HasFacts(row) && (isLive is null || isLive(row));

    public StudySummary Record(int row) => record(row);

    /// <summary>One block holding a list of records in memory, in the list's order.</summary>
    public static FactBlock Of(IReadOnlyList<StudySummary> sources) => new(FactTable.From(sources), null, row => sources[row]);
}
