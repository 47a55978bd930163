namespace Evidence.Retrieval;

/// <summary>The folder holding Evidence.sln, found upward from the working folder or from the program's own.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Evidence.sln"))) return folder.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
