using System.Text.Json;
using System.Text.Json.Serialization;
using Evidence.Synthesis.Claims;
using Xunit.Abstractions;

namespace Evidence.Synthesis.Tests.Claims;

public sealed class ClaimDumpScratch(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var path = "/tmp/claims-dump-input.txt";
        if (!File.Exists(path)) return;
        var options = new JsonSerializerOptions { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };
        var lines = new List<string>();
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0))
        {
            var seed = line.StartsWith("seed:");
            var (vocabulary, sources) = seed ? ClaimCorpora.Seed : ClaimCorpora.Fixture;
            var text = line[(line.IndexOf(':') + 1)..];
            var check = new ClaimChecker(vocabulary).Check(text, sources);
            lines.Add($"## {text}\n{check.Verdict} {check.Directness} :: {check.Reason}\n{JsonSerializer.Serialize(check.Recognised, options)}\n" +
                string.Join("\n", check.Supporting.Select(e => $"  + {e.SourceId} {e.Comparison} {e.Direction} {e.Event} {e.Frequency} | {e.Bearing}")) + "\n" +
                string.Join("\n", check.Contradicting.Select(e => $"  - {e.SourceId} {e.Comparison} {e.Direction} {e.Event} {e.Frequency} | {e.Bearing}")) + "\n" +
                string.Join("\n", check.Related.Select(e => $"  ~ {e.SourceId} {e.Comparison} {e.Direction} {e.Event} {e.Frequency} | {e.Bearing}")));
        }
        File.WriteAllText("/tmp/claims-dump-output.txt", string.Join("\n\n", lines));
        output.WriteLine("written");
    }
}
