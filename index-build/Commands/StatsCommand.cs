using System.CommandLine;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.IndexBuild.Commands;

/// <summary><c>stats [DIR]</c>: counts of sources by design, condition and outcome.</summary>
internal static class StatsCommand
{
    public static Command Create(TextWriter output) =>
        CorpusCommand.Create("stats", "Print counts of the valid sources by design, evidence level, condition and outcome.", output, Report);

    private static int Report(DirectoryInfo directory, CorpusSnapshot snapshot, TextWriter output)
    {
        var summaries = snapshot.Summaries.ToList();
        output.WriteLine($"{summaries.Count} valid sources ({snapshot.Files.Count - summaries.Count} files with errors)");
        Table(output, "design", summaries.GroupBy(s => Names<StudyDesign>.Id(s.Design)));
        Table(output, "evidence level", summaries.GroupBy(s => $"level {s.Level.Level}"));
        Table(output, "review status", summaries.GroupBy(s => Names<ReviewStatus>.Id(s.Review.Status)));
        Table(output, "condition", summaries.SelectMany(s => s.Conditions.Select(c => (c, s))).GroupBy(p => p.c, p => p.s));
        Table(output, "outcome", summaries.SelectMany(s => s.Findings.Select(f => f.Outcome).Distinct().Select(o => (o, s))).GroupBy(p => p.o, p => p.s));
        return 0;
    }

    private static void Table(TextWriter output, string heading, IEnumerable<IGrouping<string, StudySummary>> groups)
    {
        output.WriteLine();
        output.WriteLine($"by {heading}:");
        foreach (var group in groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {group.Count(),5}  {group.Key}");
    }
}
