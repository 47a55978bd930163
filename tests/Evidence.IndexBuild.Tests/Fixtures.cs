
namespace Evidence.IndexBuild.Tests;

/// <summary>The checked-in reference files (see Fixtures/README.md) and the repository's vocabulary.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Vocabulary => System.IO.Path.Combine(RepositoryPaths.Corpus, "vocabulary.yaml");
}
