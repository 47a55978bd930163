using System.Globalization;
using System.Text;

namespace Evidence.Bench.Report;

public sealed record ResultRow(string Measure, string Records, string Value, string Target, string Verdict);

/// <summary>The benchmark's one table, printed as Markdown so the README can take it as it is.</summary>
public sealed class ResultTable
{
    private readonly List<ResultRow> _rows = [];

    public void Add(string measure, int records, string value, string target = "", bool? met = null) =>
        _rows.Add(new ResultRow(measure, records == 0 ? "" : Size(records), value, target, met switch { true => "met", false => "**missed**", null => "" }));

    public static string Size(int records) => records >= 1_000_000 ? $"{records / 1_000_000}M" : records % 1000 == 0 ? $"{records / 1000}k" : F(records);

    public static string F(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| Measure | Records | Value | Target | |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var row in _rows) text.AppendLine($"| {row.Measure} | {row.Records} | {row.Value} | {row.Target} | {row.Verdict} |");
        return text.ToString();
    }
}
