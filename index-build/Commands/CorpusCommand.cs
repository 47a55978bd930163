using System.CommandLine;
using Evidence.Corpus.Loading;

namespace Evidence.IndexBuild.Commands;

/// <summary>A command that reads one corpus folder (the bundled corpus by default) and reports on it.</summary>
internal static class CorpusCommand
{
    public delegate int Report(DirectoryInfo directory, CorpusSnapshot snapshot, TextWriter output);

    public static Command Create(string name, string description, TextWriter output, Report report)
    {
        var directory = CorpusArguments.Directory();
        var command = new Command(name, description) { directory };
        command.SetAction(result => Run(result.GetValue(directory)!, output, report));
        return command;
    }

    /// <summary>Exit 2 when the folder does not exist; otherwise what the report returns.</summary>
    public static int Run(DirectoryInfo directory, TextWriter output, Report report)
    {
        if (!directory.Exists)
        {
            output.WriteLine($"error: corpus folder '{directory.FullName}' does not exist");
            return 2;
        }
        return report(directory, CorpusLoader.Load(directory.FullName), output);
    }
}
