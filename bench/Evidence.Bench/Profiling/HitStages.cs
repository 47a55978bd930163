using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
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
        double Time(Action<string> action)
        {
            foreach (var text in texts) action(text);
            var timings = new List<double>();
            foreach (var text in texts)
            {
                var start = Stopwatch.GetTimestamp();
                action(text);
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
            timings.Sort();
            return timings[timings.Count / 2];
        }
        var rank = Time(text => searcher.Rank(Query(text)));
        var search = Time(text => searcher.Search(Query(text)));
        var coverage = Time(text => library.Coverage(Query(text)));
        var answer = Time(text => SearchApi.Answer(library, Query(text)));
        // Into a stream, through pooled buffers, as the service writes a response (one array of a 100-hit page would be a
        // large object, and its collections would be timed as well).
        var serialised = Time(text => JsonSerializer.Serialize(Stream.Null, SearchApi.Answer(library, Query(text)), json));
        log.WriteLine($"{texts.Count} questions, top {pageSize}, p50 µs: ranking alone {rank:F0}; searcher (ranking, facets, records, snippets) {search:F0}; " +
            $"coverage {coverage:F0}; answer (searcher, coverage, views) {answer:F0}; answer and JSON {serialised:F0}");
    }
}
