namespace Evidence.Synthesis.Tests;

/// <summary>This project's fixture and golden folders.</summary>
internal static class TestPaths
{
    public static string TestProject => Path.Combine(RepositoryPaths.Root, "tests", "Evidence.Synthesis.Tests");

    public static string Fixtures => Path.Combine(TestProject, "Fixtures");

    public static string Golden => Path.Combine(TestProject, "Golden");
}
