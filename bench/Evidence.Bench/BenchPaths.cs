namespace Evidence.Bench;

/// <summary>Where the bench folder is: found by walking up to bench/vocabulary.yaml, so any working folder works.</summary>
public static class BenchPaths
{
    public static string BenchDirectory { get; } = Find();

    public static string RepositoryRoot => Path.GetDirectoryName(BenchDirectory)!;

    public static string DataDirectory => Path.Combine(BenchDirectory, "data");

    public static string OutDirectory => Path.Combine(BenchDirectory, "out");

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "bench", "vocabulary.yaml"))) return Path.Combine(directory.FullName, "bench");
            }
        }
        throw new DirectoryNotFoundException("cannot find bench/vocabulary.yaml above the working folder");
    }
}
