using System.Diagnostics;
using System.Text.Json;
using Evidence.Bench.Queries;

namespace Evidence.Bench.Http;

/// <summary>
/// Time from a corpus file saved to the change being searchable over HTTP: each edit puts a unique word in a
/// source's title, then the word is searched for every 2 ms until it is found. Files are restored afterwards, and the
/// words searched for until they are gone.
/// </summary>
public static class EditVisibility
{
    public static async Task<Latency> MeasureAsync(ServiceProcess service, string corpus, int edits, int corpusSize)
    {
        var files = Directory.EnumerateFiles(Path.Combine(corpus, "sources"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var originals = new Dictionary<string, byte[]>();
        var timings = new List<double>();
        try
        {
            for (var k = 0; k < edits; k++)
            {
                var path = files[(int)((k * 7919L + 13) % files.Count)];
                if (!originals.ContainsKey(path)) originals[path] = await File.ReadAllBytesAsync(path);
                var word = $"benchedit{k}x{corpusSize}";
                var text = System.Text.Encoding.UTF8.GetString(originals[path]);
                var titleStart = text.IndexOf("title: \"", StringComparison.Ordinal) + "title: \"".Length;
                await File.WriteAllTextAsync(path, text.Insert(titleStart, word + " "));
                var saved = Stopwatch.GetTimestamp();
                await UntilFoundAsync(service, word, found: true);
                timings.Add(Stopwatch.GetElapsedTime(saved).TotalMicroseconds);
                await Task.Delay(100);
            }
        }
        finally
        {
            foreach (var (path, bytes) in originals) await File.WriteAllBytesAsync(path, bytes);
        }
        // The service re-indexes the restored files before it is stopped, so that an index reused by the next run
        // (--reuse-index) holds the corpus as it is and its start-up pass has nothing to re-index.
        for (var k = 0; k < edits; k++) await UntilFoundAsync(service, $"benchedit{k}x{corpusSize}", found: false);
        return Latency.Of(timings);
    }

    private static async Task UntilFoundAsync(ServiceProcess service, string word, bool found)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            using var document = JsonDocument.Parse(await service.Client.GetStringAsync($"/api/evidence?q={word}&pageSize=1"));
            if (document.RootElement.GetProperty("total").GetInt32() > 0 == found) return;
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(30)) throw new TimeoutException($"'{word}' {(found ? "not found" : "still found")} after 30 s");
            await Task.Delay(2);
        }
    }
}
