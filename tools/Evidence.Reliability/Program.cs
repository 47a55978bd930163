using Evidence.Reliability;

// dotnet run --project tools/Evidence.Reliability -c Release -- crash --kills 50 --files 3000
// dotnet run --project tools/Evidence.Reliability -c Release -- soak --minutes 10 --files 2000
// dotnet run --project tools/Evidence.Reliability -c Release -- faults --minutes 2 --files 2000
var command = args.FirstOrDefault();
var settings = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2) settings[args[i].TrimStart('-')] = args[i + 1];
int Number(string name, int fallback) => settings.TryGetValue(name, out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
double Real(string name, double fallback) => settings.TryGetValue(name, out var value) ? double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
string? Text(string name) => settings.GetValueOrDefault(name);

switch (command)
{
    case "crash":
    {
        var report = await new CrashRun(new CrashOptions
        {
            Kills = Number("kills", 50),
            Files = Number("files", 3_000),
            Seed = Number("seed", 1),
            ServiceDll = Text("service"),
        }, Console.Out).RunAsync();
        foreach (var failure in report.Failures) Console.Error.WriteLine("FAIL " + failure);
        return report.Failures.Count == 0 ? 0 : 1;
    }
    case "soak":
    {
        var minutes = Real("minutes", 10);
        var report = await new SoakRun(new SoakOptions
        {
            Duration = TimeSpan.FromMinutes(minutes),
            WarmUp = TimeSpan.FromMinutes(Real("warmup-minutes", Math.Min(1, minutes / 5))),
            SampleEvery = TimeSpan.FromSeconds(Real("sample-seconds", 5)),
            Files = Number("files", 2_000),
            Clients = Number("clients", 8),
            EditsPerSecond = Number("edits-per-second", 20),
            Seed = Number("seed", 1),
            ServiceDll = Text("service"),
        }, Console.Out).RunAsync();
        foreach (var sample in report.ErrorSamples) Console.Error.WriteLine("ERROR " + sample);
        return report.Errors == 0 && report.FinalProblems.Count == 0 ? 0 : 1;
    }
    case "faults":
    {
        var report = await new FaultsRun(new FaultsOptions
        {
            Duration = TimeSpan.FromMinutes(Real("minutes", 2)),
            Files = Number("files", 2_000),
            Clients = Number("clients", 4),
            EditsPerSecond = Number("edits-per-second", 10),
            FaultEvery = TimeSpan.FromSeconds(Real("fault-seconds", 1)),
            Seed = Number("seed", 1),
            ServiceDll = Text("service"),
        }, Console.Out).RunAsync();
        foreach (var sample in report.Samples) Console.Error.WriteLine("SAMPLE " + sample);
        return report.Passed ? 0 : 1;
    }
    default:
        Console.Error.WriteLine("usage: Evidence.Reliability crash [--kills 50] [--files 3000] [--seed 1] [--service path/Evidence.Service.dll]");
        Console.Error.WriteLine("       Evidence.Reliability soak [--minutes 10] [--files 2000] [--clients 8] [--edits-per-second 20] [--sample-seconds 5]");
        Console.Error.WriteLine("       Evidence.Reliability faults [--minutes 2] [--files 2000] [--clients 4] [--edits-per-second 10] [--fault-seconds 1]");
        return 2;
}
