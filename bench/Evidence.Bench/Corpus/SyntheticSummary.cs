namespace Evidence.Bench.Corpus;

public sealed record SyntheticFinding(string Condition, string Outcome, string Intervention, string Direction, string Effect, string Certainty);

public sealed record SyntheticAdverseEvent(string Event, string Frequency, string Severity);

/// <summary>One generated study summary, held as plain values so the bare-Lucene and SQLite peers index exactly the same text.</summary>
public sealed record SyntheticSummary(
    int Index,
    string Id,
    string Title,
    IReadOnlyList<(string Family, string Given)> Authors,
    int Year,
    string Journal,
    string Doi,
    string Design,
    int SampleSize,
    IReadOnlyList<string> Interventions,
    IReadOnlyList<string> Comparators,
    IReadOnlyList<string> Conditions,
    string Summary,
    IReadOnlyList<SyntheticFinding> Findings,
    IReadOnlyList<SyntheticAdverseEvent> AdverseEvents,
    IReadOnlyList<string> KeyPoints,
    string Abstract,
    string Status)
{
    /// <summary>The relative path below the corpus folder: a thousand files a folder, as a large library would be laid out.</summary>
    public string RelativePath => $"sources/{Index / 1000:D4}/{Id}.yaml";

    /// <summary>All free text, the same fields the product analyses (title, summary, findings, key points, abstract).</summary>
    public string AllText => string.Join("\n", [Title, Summary, .. Findings.Select(f => f.Effect), .. KeyPoints, Abstract]);
}
