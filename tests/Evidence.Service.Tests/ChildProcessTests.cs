extern alias reliability;
using reliability::Evidence.Reliability;
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
