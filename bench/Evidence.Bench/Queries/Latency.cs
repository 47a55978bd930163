using System.Diagnostics;

namespace Evidence.Bench.Queries;

/// <summary>Percentiles of a set of timings, in microseconds.</summary>
public sealed record Latency(int Count, double P50, double P99, double Mean)
{
    /// <summary>How the code was warmed before the timed calls, when it was.</summary>
    public WarmUp? WarmUp { get; init; }

    public double PerSecond => Mean > 0 ? 1_000_000 / Mean : 0;

    public static Latency Of(List<double> micros)
    {
        micros.Sort();
        double At(double p) => micros[Math.Min(micros.Count - 1, (int)Math.Ceiling(p * micros.Count) - 1)];
        return new Latency(micros.Count, At(0.50), At(0.99), micros.Average());
    }

    /// <summary>Runs <paramref name="run"/> over the queries round-robin: warmed (<see cref="Warm"/>), then <paramref name="count"/> timed calls.</summary>
    public static Latency Measure<T>(IReadOnlyList<T> queries, int count, Action<T> run)
    {
        var warm = Warm(queries, run);
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run(queries[i % queries.Count]);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        return Of(timings) with { WarmUp = warm };
    }

    /// <summary>
    /// Several ways of answering the same queries, timed in turn per query (which one first rotating) after each is
    /// warmed: timed one after the other, the first paid the process's warm-up (tiered JIT) and the load of its
    /// minute, and the later ones ran on code the first had warmed.
    /// </summary>
    public static Latency[] MeasureInTurn<T>(IReadOnlyList<T> queries, int count, params Action<T>[] runs)
    {
        var warm = runs.Select(run => Warm(queries, run)).ToArray();
        var timings = runs.Select(_ => new List<double>(count)).ToArray();
        for (var i = 0; i < count; i++)
        {
            for (var turn = 0; turn < runs.Length; turn++)
            {
                var which = (i + turn) % runs.Length;
                var start = Stopwatch.GetTimestamp();
                runs[which](queries[i % queries.Count]);
                timings[which].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }
        return [.. timings.Select((times, which) => Of(times) with { WarmUp = warm[which] })];
    }

    public static async Task<Latency> MeasureAsync<T>(IReadOnlyList<T> queries, int count, Func<T, Task> run)
    {
        var warm = await WarmAsync(queries, run);
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await run(queries[i % queries.Count]);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        return Of(timings) with { WarmUp = warm };
    }

    /// <summary>
    /// Passes over the queries until the code answering them has settled: for at least <see cref="MinWarmUp"/> and three
    /// passes, then until the last two passes' medians are within 10 % of each other and of the fastest pass, for at most
    /// <see cref="MaxWarmUp"/>. .NET compiles a method first without optimisation and recompiles it, optimised with
    /// what it saw, after some calls and in the background, so one pass over the queries (what was done before) timed
    /// much of the service before it was optimised. The log prints each measure's first and last pass (SciFact over
    /// HTTP: a first pass's median about four times its last).
    /// </summary>
    public static WarmUp Warm<T>(IReadOnlyList<T> queries, Action<T> run) =>
        WarmAsync(queries, query =>
        {
            run(query);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    /// <inheritdoc cref="Warm{T}"/>
    public static async Task<WarmUp> WarmAsync<T>(IReadOnlyList<T> queries, Func<T, Task> run)
    {
        var clock = Stopwatch.StartNew();
        var medians = new List<double>();
        while (true)
        {
            var pass = new List<double>(queries.Count);
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                await run(query);
                pass.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
            medians.Add(Of(pass).P50);
            var settled = medians.Count >= 3 && clock.Elapsed >= MinWarmUp
                && Math.Abs(medians[^1] - medians[^2]) <= 0.1 * medians[^2] && medians[^1] <= 1.1 * medians.Min();
            if (settled || clock.Elapsed >= MaxWarmUp) return new WarmUp(medians.Count, clock.Elapsed, medians[0], medians[^1]);
        }
    }

    public static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(30);
}

/// <summary>How a measure was warmed: passes over its queries, their time, and the first and last pass's median (µs).</summary>
public sealed record WarmUp(int Passes, TimeSpan Time, double FirstMedian, double LastMedian)
{
    public override string ToString() => $"warmed in {Passes} passes ({Time.TotalSeconds:F1} s), median {FirstMedian:F0} → {LastMedian:F0} µs";
}
