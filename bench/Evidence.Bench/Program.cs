using Evidence.Bench;
using Evidence.Bench.Corpus;

// bench run [--quick | --full] [--sizes 100k,1M] [--seed N] [--clean]
// bench scifact: the SciFact row alone
// bench generate --count N --out DIR [--seed N]
// bench compare-indexes SECONDS CORPUS BARE INDEX[@CANDIDATES] ...: free text on several indexes and bare Lucene, in turn
var command = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "run";
if (command == "generate")
{
    string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
    var count = int.Parse(Value("--count", "10000"), System.Globalization.CultureInfo.InvariantCulture);
    var seed = int.Parse(Value("--seed", new BenchOptions().Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);
    CorpusWriter.Ensure(Value("--out", Path.Combine(BenchPaths.DataDirectory, "corpus")), count, seed, Console.Out);
    return 0;
}
if (command == "profile-build")
{
    Evidence.Bench.Profiling.BuildStages.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3000, Console.Out);
    return 0;
}
if (command == "profile-query")
{
    Evidence.Bench.Profiling.QueryStages.Run(args[1], args[2], Console.Out);
    return 0;
}
if (command == "profile-summary")
{
    Evidence.Bench.Profiling.SummaryStages.Run(args[1], args[2], args[3], args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 10, Console.Out);
    return 0;
}
if (command == "profile-hits")
{
    Evidence.Bench.Profiling.HitStages.Run(args[1], args[2], args[3], args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 10, Console.Out);
    return 0;
}
if (command == "compare-indexes")
{
    Evidence.Bench.Profiling.IndexComparison.Run(double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2], args[3], args[4..], Console.Out);
    return 0;
}
if (command == "scifact") args = [.. args, "--sizes", "none"];
else if (command != "run")
{
    Console.Error.WriteLine("usage: bench run [--quick | --full] [--sizes 100k,1M] [--seed N] [--clean] [--no-scifact]\n       bench scifact\n       bench generate --count N --out DIR [--seed N]");
    return 2;
}

var options = BenchOptions.Parse(args);
var started = DateTime.UtcNow;
var table = await new BenchRun(options, Console.Out).RunAsync();
var report = $"Run {started:yyyy-MM-dd HH:mm} UTC, {(DateTime.UtcNow - started).TotalMinutes:F1} min, args: {string.Join(' ', args)}\n\n{table}";
Directory.CreateDirectory(BenchPaths.OutDirectory);
File.WriteAllText(Path.Combine(BenchPaths.OutDirectory, $"results-{started:yyyyMMdd-HHmmss}.md"), report);
Console.WriteLine();
Console.WriteLine(report);
return 0;
