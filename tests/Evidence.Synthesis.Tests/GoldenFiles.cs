namespace Evidence.Synthesis.Tests;

/// <summary>
/// Compares output with a checked-in file under Golden/, byte for byte after normalising line endings.
/// Run with UPDATE_GOLDEN=1 to rewrite the files instead (then read the diff before committing it).
/// </summary>
internal static class GoldenFiles
{
    public const string UpdateVariable = "UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void AssertMatches(string fileName, string actual)
    {
        var path = Path.Combine(TestPaths.Golden, fileName);
        if (Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {fileName}; run the tests once with {UpdateVariable}=1, check the new file by eye and commit it");
        Assert.Equal(Normalise(File.ReadAllText(path)), Normalise(actual));
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n");
}
