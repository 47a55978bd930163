using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Evidence.Bench.Queries;
using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Service.Search;

namespace Evidence.Bench.Profiling;

/// <summary>
/// Where a search's time goes per stage for a list of questions (one a line) at a page size: the Lucene ranking
/// alone, the searcher (ranking, facets, records, snippets), the API's answer (views, citations, coverage) and its
/// JSON, in process. <c>bench profile-hits CORPUS INDEX QUESTIONS [PAGE_SIZE]</c>.
/// </summary>
public static class HitStages
{
    public static void Run(string corpus, string indexFolder, string questions, int pageSize, TextWriter log)
    {
        using var library = EvidenceLibrary.Open(corpus, indexFolder);
        library.Sync();
        var texts = File.ReadLines(questions).Where(line => line.Length > 0).Take(300).ToList();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };
        var searcher = new EvidenceSearcher(library.OpenIndex);
        EvidenceQuery Query(string text) => new() { Text = text, PageSize = pageSize };
        Action<string>[] stages =
        [
            text => searcher.Rank(Query(text)),
            text => searcher.Search(Query(text)),
            text => library.Coverage(Query(text)),
            text => SearchApi.Answer(library, Query(text)),
            // Into a stream, through pooled buffers, as the service writes a response (one array of a 100-hit page would be
            // a large object, and its collections would be timed as well).
            text => JsonSerializer.Serialize(Stream.Null, SearchApi.Answer(library, Query(text)), json),
        ];
        // Every stage is warmed until it settles (Latency.Warm) before any is timed, and the stages are timed in turn per
        // question, so each sees the same load; timing a stage's questions right after one warm pass left the first stages
        // half-optimised.
        foreach (var stage in stages) Latency.Warm(texts, stage);
        var timings = stages.Select(_ => new List<double>()).ToArray();
        var allocated = new long[stages.Length];
        foreach (var text in texts)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                stages[s](text);
                timings[s].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                allocated[s] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }
        var (rank, search, coverage, answer, serialised) = (P50(timings[0]), P50(timings[1]), P50(timings[2]), P50(timings[3]), P50(timings[4]));
        log.WriteLine($"{texts.Count} questions, top {pageSize}, p50 µs: ranking alone {rank:F0}; searcher (ranking, facets, records, snippets) {search:F0}; " +
            $"coverage {coverage:F0}; answer (searcher, coverage, views) {answer:F0}; answer and JSON {serialised:F0}");
        log.WriteLine($"allocated per question, KB, the same stages: {string.Join(" / ", allocated.Select(bytes => (bytes / 1024.0 / texts.Count).ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    private static double P50(List<double> timings)
    {
        timings.Sort();
        return timings[timings.Count / 2];
    }
}
