using System.CommandLine;
using System.Diagnostics;
using Evidence.Search;
using Evidence.Search.Indexing;

namespace Evidence.IndexBuild.Commands;

/// <summary>
/// <c>build --corpus DIR --out DIR</c>: builds a fresh index in a folder beside the target and swaps it in
/// only when the build succeeded, so a failed build leaves the previous index as it was.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter progress)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The corpus folder.", DefaultValueFactory = _ => new DirectoryInfo(CorpusArguments.DefaultCorpus) };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "The index folder to create or replace.", Required = true };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Index the valid files even when some files have errors (they are listed and skipped)." };
        var embeddings = new Option<bool>("--embeddings") { Description = "Also compute the sentence vectors of hybrid ranking now (minutes for thousands of sources); otherwise the service computes them in the background. The previous index's vectors are kept either way." };
        var command = new Command("build", "Validate the corpus and build its Lucene index; a failed build leaves the previous index intact.") { corpus, outDir, allowErrors, embeddings };
        command.SetAction(result => Run(result.GetValue(corpus)!, result.GetValue(outDir)!, result.GetValue(allowErrors), output, progress, result.GetValue(embeddings)));
        return command;
    }

    public static int Run(DirectoryInfo corpus, DirectoryInfo target, bool allowErrors, TextWriter output, TextWriter progress, bool embeddings = false)
    {
        if (!corpus.Exists)
        {
            output.WriteLine($"error: corpus folder '{corpus.FullName}' does not exist");
            return 2;
        }
        var targetPath = Path.TrimEndingDirectorySeparator(target.FullName);
        var building = $"{targetPath}.building-{Environment.ProcessId}";
        var clock = Stopwatch.StartNew();
        SyncReport report;
        int documents;
        try
        {
            if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
            using var library = new EvidenceLibrary(corpus.FullName, building) { Progress = new ProgressLine(progress, clock) };
            library.Open();
            report = library.Sync();
            documents = library.DocumentCount;
            BuildEmbeddings.Run(library.OpenIndex, targetPath, embeddings, output, progress);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or IndexUnavailableException)
        {
            output.WriteLine($"error: build failed, the previous index is untouched: {error.Message}");
            TryDelete(building);
            return 1;
        }
        foreach (var error in report.VocabularyErrors.Concat(report.FileErrors.Values.SelectMany(e => e))) output.WriteLine(error);
        var failed = report.FileErrors.Count + (report.VocabularyErrors.Count > 0 ? 1 : 0);
        if (failed > 0 && !allowErrors)
        {
            output.WriteLine($"error: {failed} files have errors; the previous index is untouched (use --allow-errors to index the valid files)");
            TryDelete(building);
            return 1;
        }
        Swap(building, targetPath);
        output.WriteLine($"indexed {documents} sources into {targetPath} in {clock.Elapsed.TotalSeconds:F1} s ({documents / Math.Max(0.001, clock.Elapsed.TotalSeconds):F0} sources/s); {failed} files with errors");
        return 0;
    }

    /// <summary>Replaces the target with the new index: rename the old one away, rename the new one in, then delete the old.</summary>
    private static void Swap(string building, string target)
    {
        var old = $"{target}.old-{Environment.ProcessId}";
        if (Directory.Exists(target)) Directory.Move(target, old);
        Directory.Move(building, target);
        TryDelete(old);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Writes "indexed N of M" on one line once a run has taken more than a second.</summary>
    private sealed class ProgressLine(TextWriter writer, Stopwatch clock) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            if (clock.Elapsed < TimeSpan.FromSeconds(1)) return;
            lock (writer) writer.Write($"\rindexed {value.Done:N0} of {value.Total:N0} files ({value.Done / clock.Elapsed.TotalSeconds:F0}/s)   {(value.Done == value.Total ? "\n" : "")}");
        }
    }
}
