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

    /// <summary>
    /// Several ways of answering the same queries, timed in turn per query (which one first rotating) after one warm-up
    /// pass of each: timed one after the other, the first paid the process's warm-up (tiered JIT) and the load of its
    /// minute, and the later ones ran on code the first had warmed.
    /// </summary>
    public static Latency[] MeasureInTurn<T>(IReadOnlyList<T> queries, int count, params Action<T>[] runs)
    {
        foreach (var run in runs)
            foreach (var query in queries) run(query);
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
        return [.. timings.Select(Of)];
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
