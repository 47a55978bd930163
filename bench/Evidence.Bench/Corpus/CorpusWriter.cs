using System.Text;
using Evidence.Corpus.Loading;

namespace Evidence.Bench.Corpus;

/// <summary>
/// Writes a synthetic corpus folder: the fixed bench vocabulary plus one YAML file per summary. A marker file
/// records seed, count and generator version, so an existing identical corpus is reused instead of rewritten.
/// </summary>
public static class CorpusWriter
{
    public const string MarkerFile = ".bench-corpus";

    public static string VocabularyPath => Path.Combine(BenchPaths.BenchDirectory, "vocabulary.yaml");

    public static SummaryGenerator Generator(int seed)
    {
        var errors = new List<CorpusError>();
        var vocabulary = CorpusLoader.ReadVocabulary(CorpusLoader.VocabularyFileName, File.ReadAllBytes(VocabularyPath), errors);
        if (errors.Count > 0) throw new InvalidOperationException("bench/vocabulary.yaml is invalid: " + string.Join("; ", errors));
        return new SummaryGenerator(vocabulary, seed);
    }

    /// <summary>Writes (or reuses) the corpus; returns true when files were written.</summary>
    public static bool Ensure(string folder, int count, int seed, TextWriter log)
    {
        var marker = Path.Combine(folder, MarkerFile);
        var expected = $"generator {SummaryGenerator.Version}, seed {seed}, count {count}";
        if (File.Exists(marker) && File.ReadAllText(marker) == expected) return false;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.Copy(VocabularyPath, Path.Combine(folder, CorpusLoader.VocabularyFileName));
        var generator = Generator(seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var folderIndex = 0; folderIndex * 1000 < count; folderIndex++) Directory.CreateDirectory(Path.Combine(folder, "sources", folderIndex.ToString("D4")));
        var done = 0;
        Parallel.For(0, count, index =>
        {
            var summary = generator.Create(index);
            File.WriteAllBytes(Path.Combine(folder, summary.RelativePath), Encoding.UTF8.GetBytes(SummaryYaml.Write(summary)));
            if (Interlocked.Increment(ref done) % 100_000 == 0) log.WriteLine($"  generated {done:N0} of {count:N0} ({clock.Elapsed.TotalSeconds:F0} s)");
        });
        File.WriteAllText(marker, expected);
        log.WriteLine($"  generated {count:N0} files in {clock.Elapsed.TotalSeconds:F1} s");
        return true;
    }
}
