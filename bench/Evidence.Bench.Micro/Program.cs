using BenchmarkDotNet.Running;
using Evidence.Bench.Micro;

// dotnet run -c Release --project bench/Evidence.Bench.Micro -- --filter '*' --artifacts bench/out/micro   (add --job short for a quick look)
BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
