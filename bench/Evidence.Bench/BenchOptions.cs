namespace Evidence.Bench;

/// <summary>What one run measures. --quick: 10k records and short durations; --full: 100k with every phase, then 1M.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [10_000];
    public int Seed { get; init; } = 20_260_101;
    public int QueriesPerKind { get; init; } = 300;
    public int HttpQueriesPerKind { get; init; } = 300;
    public TimeSpan WrkDuration { get; init; } = TimeSpan.FromSeconds(10);
    public int WrkConnections { get; init; } = 16;
    public int Edits { get; init; } = 20;

    /// <summary>At 1M a free-text request takes over a second here, so fewer samples unless --queries/--http-queries say otherwise.</summary>
    public bool SampleCountsGiven { get; init; }

    public int QueriesAt(int size) => size >= 1_000_000 && !SampleCountsGiven ? Math.Min(QueriesPerKind, 100) : QueriesPerKind;

    public int HttpQueriesAt(int size) => size >= 1_000_000 && !SampleCountsGiven ? Math.Min(HttpQueriesPerKind, 50) : HttpQueriesPerKind;

    /// <summary>Load (wrk) and edit visibility run at this size only: the targets are stated at 100k.</summary>
    public int LoadSize { get; init; } = 10_000;
    public bool Clean { get; init; }

    /// <summary>--reuse-index: keep an index and bare index already built for this corpus (no floor or build figures), to re-take query, start-up and memory figures.</summary>
    public bool ReuseIndex { get; init; }

    /// <summary>The SQLite peer runs up to this size (at 1M its insert alone takes minutes on two shared cores); --peer-all lifts it.</summary>
    public int PeerMaxSize { get; init; } = 100_000;

    /// <summary>The SciFact row (real abstracts, training claims); --no-scifact leaves it out.</summary>
    public bool SciFact { get; init; } = true;

    public static BenchOptions Parse(string[] args)
    {
        var options = args.Contains("--full")
            ? new BenchOptions { Sizes = [100_000, 1_000_000], QueriesPerKind = 2_000, HttpQueriesPerKind = 1_000, WrkDuration = TimeSpan.FromSeconds(60), Edits = 100, LoadSize = 100_000 }
            : new BenchOptions();
        for (var i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--sizes":
                    options = options with { Sizes = args[i + 1] == "none" ? [] : [.. args[i + 1].Split(',').Select(s => int.Parse(s.Replace("k", "000").Replace("M", "000000"), System.Globalization.CultureInfo.InvariantCulture))] };
                    // Load and edit visibility run at the first size asked for.
                    if (options.Sizes.Count > 0) options = options with { LoadSize = options.Sizes[0] };
                    break;
                case "--queries":
                    options = options with { QueriesPerKind = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture), SampleCountsGiven = true };
                    break;
                case "--http-queries":
                    options = options with { HttpQueriesPerKind = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture), SampleCountsGiven = true };
                    break;
                case "--seed":
                    options = options with { Seed = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) };
                    break;
            }
        }
        return options with { Clean = args.Contains("--clean"), ReuseIndex = args.Contains("--reuse-index"), PeerMaxSize = args.Contains("--peer-all") ? int.MaxValue : options.PeerMaxSize, SciFact = !args.Contains("--no-scifact") };
    }
}
