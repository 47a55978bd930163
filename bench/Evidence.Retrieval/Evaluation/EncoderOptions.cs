using System.Diagnostics;
using Evidence.Embeddings.Model;
using Microsoft.ML.OnnxRuntime;

namespace Evidence.Retrieval.Evaluation;

/// <summary>
/// The query's embedding, nearly all of what hybrid adds to a search, timed under ONNX Runtime's session options
/// (--encoder-options N): each claim embedded by every encoder in a rotating order, so load hits them alike.
/// </summary>
internal static class EncoderOptions
{
    public static IEnumerable<string> Measure(IEnumerable<string> texts)
    {
        (string Name, Func<SentenceEncoder> Open)[] variants =
        [
            ("optimisation all, 1 thread (the product's)", () => new SentenceEncoder(threads: 1)),
            ("optimisation basic, 1 thread", () => new SentenceEncoder(threads: 1, optimisation: GraphOptimizationLevel.ORT_ENABLE_BASIC)),
            ("optimisation off, 1 thread", () => new SentenceEncoder(threads: 1, optimisation: GraphOptimizationLevel.ORT_DISABLE_ALL)),
            ("optimisation all, 2 threads", () => new SentenceEncoder(threads: 2)),
        ];
        var encoders = variants.Select(v => v.Open()).ToList();
        try
        {
            var claims = texts.Distinct().ToList();
            foreach (var encoder in encoders) encoder.Embed(claims[0]);
            var times = encoders.Select(_ => new List<double>()).ToList();
            for (var i = 0; i < claims.Count; i++)
            {
                for (var k = 0; k < encoders.Count; k++)
                {
                    var which = (i + k) % encoders.Count;
                    var started = Stopwatch.GetTimestamp();
                    encoders[which].Embed(claims[i]);
                    times[which].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            yield return $"query embedding, {claims.Count:N0} claims, each embedded by every encoder in a rotating order:";
            for (var k = 0; k < encoders.Count; k++)
                yield return $"  {variants[k].Name}: p50 {QueryCost.Percentile(times[k], 0.5):F1} ms, p90 {QueryCost.Percentile(times[k], 0.9):F1} ms";
        }
        finally
        {
            foreach (var encoder in encoders) encoder.Dispose();
        }
    }
}
