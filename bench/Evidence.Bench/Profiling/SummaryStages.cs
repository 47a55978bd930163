using System.Diagnostics;
using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Synthesis.Summaries;

namespace Evidence.Bench.Profiling;

/// <summary>
/// Where an outcome summary's time goes: reading the matching records, then building the summary from them, in
/// process. <c>bench profile-summary CORPUS INDEX CONDITION [ROUNDS]</c>.
/// </summary>
public static class SummaryStages
{
    public static void Run(string corpus, string indexFolder, string condition, int rounds, TextWriter log)
    {
        using var library = EvidenceLibrary.Open(corpus, indexFolder);
        library.Sync();
        var query = new EvidenceQuery { Conditions = [condition] };
        var builder = new OutcomeSummaryBuilder(library.Vocabulary);
        MatchingRecords records = library.All(query);
        builder.Build(records.Records, condition);
        double read = 0, build = 0;
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            records = library.All(query);
            read += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            builder.Build(records.Records, condition);
            build += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        log.WriteLine($"summary of {condition}: {records.Records.Count:N0} records; mean ms: read {read / rounds:F1}, build {build / rounds:F1}");
    }
}
