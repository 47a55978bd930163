using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Evidence.Bench.Queries;

namespace Evidence.Bench.Http;

public sealed record WrkResult(double RequestsPerSecond, double P99Milliseconds, long Requests, long Errors, string Raw);

/// <summary>wrk on loopback against the mixed query set, round-robin through its paths.</summary>
public static partial class WrkLoad
{
    public static bool Available => File.Exists("/usr/bin/wrk") || File.Exists("/usr/local/bin/wrk");

    public static async Task<WrkResult> RunAsync(int port, TimeSpan duration, int connections)
    {
        var script = Path.Combine(BenchPaths.OutDirectory, "mixed.lua");
        var lua = new StringBuilder("local paths = {\n");
        foreach (var query in QuerySet.Mixed) lua.Append("  \"").Append(query.Path).Append("\",\n");
        lua.Append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        await File.WriteAllTextAsync(script, lua.ToString());
        var start = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "-s", script, $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        output += await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = Milliseconds(P99().Match(output).Groups[1].Value);
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        long errors = 0;
        var socket = SocketErrors().Match(output);
        if (socket.Success) errors += Enumerable.Range(1, 4).Sum(g => long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture));
        var non2xx = Non2xx().Match(output);
        if (non2xx.Success) errors += long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture);
        return new WrkResult(rps, p99, requests, errors, output);
    }

    private static double Milliseconds(string value)
    {
        var number = double.Parse(UnitPattern().Match(value).Groups[1].Value, CultureInfo.InvariantCulture);
        return value.EndsWith("us", StringComparison.Ordinal) ? number / 1000 : value.EndsWith("ms", StringComparison.Ordinal) ? number : number * 1000;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex P99();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"^([\d.]+)")]
    private static partial Regex UnitPattern();
}
