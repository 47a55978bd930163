using System.Diagnostics;

namespace Evidence.Bench.Queries;

/// <summary>Percentiles of a set of timings, in microseconds.</summary>
public sealed record Latency(int Count, double P50, double P99, double Mean)
{
    public double PerSecond => Mean > 0 ? 1_000_000 / Mean : 0;

    public static Latency Of(List<double> micros)
    {
        micros.Sort();
        double At(double p) => micros[Math.Min(micros.Count - 1, (int)Math.Ceiling(p * micros.Count) - 1)];
        return new Latency(micros.Count, At(0.50), At(0.99), micros.Average());
    }

    /// <summary>Runs <paramref name="run"/> over the queries round-robin: one warm-up pass, then <paramref name="count"/> timed calls.</summary>
    public static Latency Measure<T>(IReadOnlyList<T> queries, int count, Action<T> run)
    {
        foreach (var query in queries) run(query);
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run(queries[i % queries.Count]);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        return Of(timings);
    }

    public static async Task<Latency> MeasureAsync<T>(IReadOnlyList<T> queries, int count, Func<T, Task> run)
    {
        foreach (var query in queries) await run(query);
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await run(queries[i % queries.Count]);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        return Of(timings);
    }
}
