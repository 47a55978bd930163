namespace Evidence.Synthesis;

/// <summary>
/// How many items a synthesis lists. Counts, directions and certainty always cover every source; the lists
/// of findings, reports and sources show the strongest first and stop here, with the full count beside them.
/// At 100,000 sources a summary that listed everything was 60 MB of JSON.
/// </summary>
public static class Listing
{
    public const int Limit = 50;

    public static IReadOnlyList<T> First<T>(IEnumerable<T> ordered) => [.. ordered.Take(Limit)];
}
