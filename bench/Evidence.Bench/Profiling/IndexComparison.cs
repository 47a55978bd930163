using System.Diagnostics;
using Evidence.Bench.Floor;
using Evidence.Bench.Queries;
using Evidence.Search;
using Evidence.Search.Ranking;

namespace Evidence.Bench.Profiling;

/// <summary>
/// The free-text questions on several indexes of one corpus and on the bare index, in process and in turn: each
/// question is asked of every index (the service's whole search, then its ranking alone) and of bare Lucene before the
/// next question, for <c>SECONDS</c>, so that the machine's drift falls on all alike. An index given as <c>FOLDER@N</c>
/// is searched with <see cref="RankingOptions.FirstPassCandidates"/> N. Prints each question's p50 per column, their
/// sum, and the median over questions of each column's ratio to bare Lucene.
/// <c>bench compare-indexes SECONDS CORPUS BARE INDEX[@N] [INDEX[@N] ...]</c>. Each index is opened with a writer, so
/// two columns on the same folder need a copy of it.
/// </summary>
public static class IndexComparison
{
    public static void Run(double seconds, string corpus, string bareFolder, IReadOnlyList<string> indexes, TextWriter log)
    {
        using var bare = BareLucene.Open(bareFolder);
        var libraries = indexes.Select(spec => spec.Split('@') is [var folder, var candidates]
            ? EvidenceLibrary.Open(corpus, folder, SearchProfile.Default with { Ranking = SearchProfile.Default.Ranking with { FirstPassCandidates = int.Parse(candidates, System.Globalization.CultureInfo.InvariantCulture) } })
            : EvidenceLibrary.Open(corpus, spec)).ToList();
        try
        {
            var columns = libraries.Select(library => new ServiceQueries(library))
                .SelectMany(service => new Func<BenchQuery, int>[] { service.Run, service.RankOnly })
                .Append(query => bare.FreeText(query.Text!, byYear: false)).ToArray();
            var names = indexes.Select((_, i) => new[] { $"search{i}", $"rank{i}" }).SelectMany(pair => pair).Append("bare").ToArray();
            var questions = QuerySet.Of(QueryKind.FreeText);
            var times = questions.Select(_ => columns.Select(_ => new List<double>()).ToArray()).ToArray();
            var clock = Stopwatch.StartNew();
            // The first rounds warm every column (tiered compilation) and are not kept.
            for (var round = 0; clock.Elapsed.TotalSeconds < seconds; round++)
            {
                for (var q = 0; q < questions.Count; q++)
                {
                    for (var c = 0; c < columns.Length; c++)
                    {
                        var started = Stopwatch.GetTimestamp();
                        columns[c](questions[q]);
                        if (round >= 30) times[q][c].Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    }
                }
            }
            var p50 = times.Select(row => row.Select(column => Median(column)).ToArray()).ToArray();
            log.WriteLine("p50 µs per question; search: the service's whole search in process, rank: its ranking alone");
            for (var c = 0; c < indexes.Count; c++) log.WriteLine($"  {c}: {indexes[c]}");
            log.WriteLine($"{"question",-38}" + string.Concat(names.Select(name => $"{name,9}")));
            for (var q = 0; q < questions.Count; q++) log.WriteLine($"{questions[q].Text,-38}" + string.Concat(p50[q].Select(t => $"{t,9:F0}")));
            log.WriteLine($"{"sum",-38}" + string.Concat(Enumerable.Range(0, columns.Length).Select(c => $"{p50.Sum(row => row[c]),9:F0}")));
            log.WriteLine($"{"median ratio to bare",-38}" + string.Concat(Enumerable.Range(0, columns.Length).Select(c => $"{Median(p50.Select(row => row[c] / row[^1]).ToList()),9:F2}")));
        }
        finally
        {
            foreach (var library in libraries) library.Dispose();
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
