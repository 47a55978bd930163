namespace Evidence.Testing;

/// <summary>Paths inside the repository, found by walking up from the test assembly to Evidence.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Evidence.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Evidence.sln not found above " + AppContext.BaseDirectory);
    }
}
