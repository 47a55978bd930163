using System.Diagnostics;
using Evidence.Corpus.Loading;
using Evidence.Retrieval.Data;
using Evidence.Retrieval.Evaluation;
using Evidence.Retrieval.Profiles;
using Evidence.Search;
using Evidence.Search.Indexing;

namespace Evidence.Retrieval;

/// <summary>Import, index, search, score: one configuration on one split.</summary>
internal static class Benchmark
{
    public static int Run(string root, DirectoryInfo data, string split, string config, ProfileOverrides overrides, DirectoryInfo? work, FileInfo? runFile, TextWriter output, HybridSettings? hybrid = null, int pageSize = RetrievalRun.Depth)
    {
        if (!data.Exists)
        {
            output.WriteLine($"error: data folder '{data.FullName}' does not exist");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var collection = BeirCollection.Load(data.FullName, split);
        var (profile, description) = NamedProfiles.All[config];
        profile = overrides.Apply(profile);
        var folder = work?.FullName ?? Path.Combine(Path.GetTempPath(), "evidence-retrieval-" + Guid.NewGuid().ToString("N"));
        var corpusFolder = Path.Combine(folder, "corpus");
        // One index per analysis chain, so that a --work folder serves every configuration.
        var indexFolder = Path.Combine(folder, "index-" + profile.Analysis.Fingerprint.Replace(';', '-').Replace('=', '-'));
        try
        {
            var target = CorpusImport.SciFact with { Name = Collection(data) };
            if (!Directory.Exists(corpusFolder) || !CorpusLoader.SourcePaths(corpusFolder).Any())
            {
                var problems = CorpusImport.Run(collection.Corpus, target, corpusFolder, CorpusImport.VocabularyFile(root));
                foreach (var problem in problems.Take(10)) output.WriteLine(problem);
                output.WriteLine($"imported {collection.Corpus.Count - problems.Count:N0} of {collection.Corpus.Count:N0} records in {clock.Elapsed.TotalSeconds:F1} s");
            }
            using var library = EvidenceLibrary.Open(corpusFolder, indexFolder, profile);
            var report = library.Sync();
            var index = library.OpenIndex;
            output.WriteLine($"index: {index.DocumentCount:N0} documents ({report.Added:N0} added, {report.FileErrors.Count} files with errors) at {clock.Elapsed.TotalSeconds:F1} s");

            var name = config + (overrides.Any ? " " + overrides : "");
            var rows = new List<string>();
            if (hybrid?.Lexical != false) rows.Add(Evaluate(new RetrievalRun(index, target, pageSize: pageSize), collection, runFile, "evidence-" + config, output).Row(name));
            if (hybrid is { Hybrid: true })
            {
                using var ranking = HybridRun.Open(index, folder, hybrid, output);
                foreach (var (options, i) in hybrid.Options.Select((options, i) => (options, i)))
                {
                    var label = $"hybrid {options.LexicalWeight:0.###}/{options.Depth}";
                    var scores = Evaluate(new RetrievalRun(index, target, ranking.Ranker(options)), collection, Suffixed(runFile, label.Replace(' ', '-').Replace('/', '-')), $"evidence-{config}-{label.Replace(' ', '-').Replace('/', '-')}", output);
                    rows.Add(scores.Row($"{name} {label}{(i > 0 ? " (query vectors reused: times are the re-rank alone)" : "")}"));
                }
                if (hybrid.Experiments)
                {
                    foreach (var (label, run) in ranking.Experiments(index, target).Runs(hybrid.Options[0].LexicalWeight))
                        rows.Add(Evaluate(run, collection, null, "", output).Row($"{name} {label}"));
                }
                if (hybrid.EncoderSample > 0)
                {
                    foreach (var line in EncoderOptions.Measure(collection.Claims.Select(c => c.Text).Take(hybrid.EncoderSample))) output.WriteLine(line);
                }
                if (hybrid.CostSample > 0)
                {
                    foreach (var line in QueryCost.Measure(index, ranking.FreshRanker(hybrid.Options[0]), collection.Claims.Select(c => c.Text).Take(hybrid.CostSample))) output.WriteLine(line);
                }
            }
            output.WriteLine($"config {config}{(overrides.Any ? " " + overrides : "")}: {description}");
            output.WriteLine($"split {split}: {collection.Qrels.Count(q => collection.Queries.ContainsKey(q.Key))} judged queries, {collection.Claims.Count} claims with evidence; MAP is MAP@100 (trec_eval map_cut.100); query times in process, top 100");
            output.WriteLine(Scorecard.Header);
            output.WriteLine(Scorecard.Rule);
            foreach (var row in rows) output.WriteLine(row);
            output.WriteLine($"total {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        finally
        {
            if (work is null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static Scorecard Evaluate(RetrievalRun retrieval, BeirCollection collection, FileInfo? runFile, string tag, TextWriter output)
    {
        var scores = retrieval.Evaluate(collection);
        if (runFile is not null)
        {
            runFile.Directory?.Create();
            using var writer = new StreamWriter(runFile.FullName);
            retrieval.WriteRun(writer, collection, tag);
            output.WriteLine($"run written to {runFile.FullName}");
        }
        return scores;
    }

    private static FileInfo? Suffixed(FileInfo? file, string suffix) =>
        file is null ? null : new FileInfo(Path.Combine(file.DirectoryName ?? "", Path.GetFileNameWithoutExtension(file.Name) + "-" + suffix + file.Extension));

    /// <summary>The collection's name for corpus ids: its folder's name, lower case ("scifact").</summary>
    private static string Collection(DirectoryInfo data)
    {
        var name = new string([.. data.Name.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : "beir";
    }
}
