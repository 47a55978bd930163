using System.Diagnostics;
using System.Text.Json;
using Evidence.Bench.Queries;

namespace Evidence.Bench.Http;

/// <summary>
/// Time from a corpus file saved to the change being searchable over HTTP: each edit puts a unique word in a
/// source's title, then the word is searched for every 2 ms until it is found. Files are restored afterwards.
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
                while (true)
                {
                    using var document = JsonDocument.Parse(await service.Client.GetStringAsync($"/api/evidence?q={word}&pageSize=1"));
                    if (document.RootElement.GetProperty("total").GetInt32() > 0) break;
                    if (Stopwatch.GetElapsedTime(saved) > TimeSpan.FromSeconds(30)) throw new TimeoutException($"edit {k} not visible after 30 s");
                    await Task.Delay(2);
                }
                timings.Add(Stopwatch.GetElapsedTime(saved).TotalMicroseconds);
                await Task.Delay(100);
            }
        }
        finally
        {
            foreach (var (path, bytes) in originals) await File.WriteAllBytesAsync(path, bytes);
        }
        return Latency.Of(timings);
    }
}
