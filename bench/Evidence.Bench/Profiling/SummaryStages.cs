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
        var parallel = new OutcomeSummaryBuilder(library.Vocabulary);
        var oneThread = new OutcomeSummaryBuilder(library.Vocabulary) { ParallelFromRows = int.MaxValue };
        start = Stopwatch.GetTimestamp();
        var summary = library.ReadFacts(blocks => parallel.Build(blocks, condition));
        var first = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var (segments, rows) = library.ReadFacts(blocks => (blocks.Count, blocks.Sum(b => b.Table.Count)));
        log.WriteLine($"summary of {condition}: {rows:N0} rows in {segments} segments; open and sync {opened:F0} ms; " +
            $"{summary.Outcomes.Sum(o => o.Comparisons.Count)} comparisons, {summary.Outcomes.Sum(o => o.Comparisons.Sum(c => c.Findings.Count))} findings listed; " +
            $"first summary {first:F1} ms; then {rounds} rounds, each builder in turn (CPU time is steadier than wall time on a busy machine):");
        var measures = new[] { (Name: "in parallel parts", Builder: parallel), (Name: "on one thread", Builder: oneThread) }
            .Select(b => (b.Name, b.Builder, Times: new List<double>(), Cpu: TimeSpan.Zero, Allocated: 0L)).ToArray();
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        for (var i = 0; i < rounds; i++)
        {
            for (var m = 0; m < measures.Length; m++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes();
                start = Stopwatch.GetTimestamp();
                library.ReadFacts(blocks => measures[m].Builder.Build(blocks, condition));
                measures[m].Times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                measures[m].Cpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
                measures[m].Allocated += GC.GetTotalAllocatedBytes() - allocated;
            }
        }
        var before = GC.GetTotalAllocatedBytes();
        for (var i = 0; i < rounds; i++) library.ReadFacts(blocks => blocks.Count);
        log.WriteLine($"  the blocks alone (a read that counts them): {(GC.GetTotalAllocatedBytes() - before) / rounds / 1e6:F2} MB allocated per read");
        foreach (var (name, _, times, cpu, allocated) in measures)
        {
            times.Sort();
            log.WriteLine($"  {name}: p50 {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms, CPU {cpu.TotalMilliseconds / rounds:F1} ms and {allocated / rounds / 1e6:F1} MB allocated per summary");
        }
        log.WriteLine($"  collections gen0/1/2 in all: {string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))}");
    }
}
