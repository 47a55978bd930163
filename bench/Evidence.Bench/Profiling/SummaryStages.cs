using System.Diagnostics;
using Evidence.Search;
using Evidence.Synthesis.Summaries;

namespace Evidence.Bench.Profiling;

/// <summary>
/// What an outcome summary costs in process: opening the library (which reads each segment's fact table), then
/// the summary counted from the tables, with records read only for what it lists.
/// <c>bench profile-summary CORPUS INDEX CONDITION [ROUNDS]</c>.
/// </summary>
public static class SummaryStages
{
    public static void Run(string corpus, string indexFolder, string condition, int rounds, TextWriter log)
    {
        var start = Stopwatch.GetTimestamp();
        using var library = EvidenceLibrary.Open(corpus, indexFolder);
        library.Sync();
        var opened = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var builder = new OutcomeSummaryBuilder(library.Vocabulary);
        start = Stopwatch.GetTimestamp();
        var summary = library.ReadFacts(blocks => builder.Build(blocks, condition));
        var first = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var times = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
        {
            start = Stopwatch.GetTimestamp();
            library.ReadFacts(blocks => builder.Build(blocks, condition));
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        var cpuPerSummary = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / rounds;
        times.Sort();
        var (segments, rows) = library.ReadFacts(blocks => (blocks.Count, blocks.Sum(b => b.Table.Count)));
        log.WriteLine($"summary of {condition}: {rows:N0} rows in {segments} segments; open and sync {opened:F0} ms; " +
            $"{summary.Outcomes.Sum(o => o.Comparisons.Count)} comparisons, {summary.Outcomes.Sum(o => o.Comparisons.Sum(c => c.Findings.Count))} findings listed; " +
            $"first summary {first:F1} ms, then p50 {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms, CPU {cpuPerSummary:F1} ms per summary ({rounds} rounds; CPU time is steadier than wall time on a busy machine)");
    }
}
