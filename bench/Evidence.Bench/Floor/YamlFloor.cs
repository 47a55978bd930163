using System.Diagnostics;
using YamlDotNet.Core;

namespace Evidence.Bench.Floor;

/// <summary>The YAML half of the raw floor: read every file and pull every YamlDotNet parser event, on all cores, nothing else.</summary>
public static class YamlFloor
{
    public static TimeSpan Measure(IReadOnlyList<string> paths)
    {
        var clock = Stopwatch.StartNew();
        long events = 0;
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            using var reader = new StreamReader(path);
            var parser = new Parser(reader);
            var count = 0;
            while (parser.MoveNext()) count++;
            Interlocked.Add(ref events, count);
        });
        clock.Stop();
        if (events == 0) throw new InvalidOperationException("no YAML events read");
        return clock.Elapsed;
    }
}
