extern alias reliability;
using reliability::Evidence.Reliability;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Evidence.Service.Tests;

/// <summary>Short versions of the crash and soak runs (the long ones are commands: see docs/reliability.md).</summary>
[Collection(nameof(ChildProcessTests))]
public sealed class ChildProcessTests(ITestOutputHelper output)
{
    private sealed class OutputWriter(ITestOutputHelper output) : StringWriter
    {
        public override void WriteLine(string? value) => output.WriteLine(value ?? "");
    }

    [Fact]
    public async Task SigkillDuringIndexingAndEdits_LosesNothing_AndRecovers()
    {
        var report = await new CrashRun(new CrashOptions { Kills = 4, Files = 400, Seed = 7 }, new OutputWriter(output)).RunAsync();

        Assert.Empty(report.Failures);
        Assert.Equal(4, report.KillPoints);
        Assert.Equal(2, report.KilledWhileEditing);
        Assert.True(report.StaleLocksFound >= 1, "no kill left a write.lock behind, so lock recovery was not exercised");
    }

    [Fact]
    public async Task ASecondServiceOnTheSameIndex_IsKeptOut_UntilTheFirstIsGone()
    {
        using var corpus = new SyntheticCorpus(40);
        using var first = ServiceProcess.Start(corpus.CorpusPath, corpus.IndexPath);
        Assert.True(await first.WaitReadyAsync(TimeSpan.FromSeconds(60)), first.RecentLog());

        // Two writers on one folder deleted each other's commit files: the second must not open the index at all.
        using var second = ServiceProcess.Start(corpus.CorpusPath, corpus.IndexPath);
        Assert.False(await second.WaitReadyAsync(TimeSpan.FromSeconds(6)), "a second service opened an index another one is writing");
        Assert.Contains("another process", second.RecentLog());
        corpus.Add();
        await WaitForDocumentsAsync(first, 41);

        // The first's lock goes with its process, however it ends; the second, still trying, then opens the same index.
        first.Kill();
        Assert.True(await second.WaitReadyAsync(TimeSpan.FromSeconds(60)), second.RecentLog());
        await WaitForDocumentsAsync(second, 41);
        Assert.DoesNotContain("could not be read", second.RecentLog());
    }

    private static async Task WaitForDocumentsAsync(ServiceProcess service, int documents)
    {
        var count = -1;
        for (var attempt = 0; attempt < 100 && count != documents; attempt++)
        {
            if (attempt > 0) await Task.Delay(100);
            var status = await service.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/status");
            count = status.GetProperty("documents").GetInt32();
        }
        Assert.Equal(documents, count);
    }

    [Fact]
    public async Task ShortSoak_HasNoErrors_AndEndsConsistent()
    {
        var report = await new SoakRun(new SoakOptions
        {
            Duration = TimeSpan.FromSeconds(15),
            WarmUp = TimeSpan.FromSeconds(5),
            SampleEvery = TimeSpan.FromSeconds(1),
            Files = 300,
            Clients = 4,
            EditsPerSecond = 20,
        }, new OutputWriter(output)).RunAsync();

        Assert.True(report.Requests > 100, $"only {report.Requests} requests");
        Assert.Equal(0, report.Errors);
        Assert.Empty(report.FinalProblems);
        // Fifteen seconds cannot show a trend; this only catches a gross leak (the 10-minute run measures the slope).
        Assert.True(report.Memory[^1].ResidentMb - report.Memory[0].ResidentMb < 300, $"RSS grew from {report.Memory[0].ResidentMb:F0} to {report.Memory[^1].ResidentMb:F0} MB");
    }
}
