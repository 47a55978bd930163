using System.CommandLine;
using Evidence.Corpus.Loading;

namespace Evidence.IndexBuild.Commands;

/// <summary><c>validate [DIR]</c>: lists every error in the corpus as file:line:column and exits 1 if any.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var directory = CorpusArguments.Directory();
        var command = new Command("validate", "Check every file of a corpus and list each error as file:line:column: message.") { directory };
        command.SetAction(result => Run(result.GetValue(directory)!, output));
        return command;
    }

    public static int Run(DirectoryInfo directory, TextWriter output)
    {
        if (!directory.Exists)
        {
            output.WriteLine($"error: corpus folder '{directory.FullName}' does not exist");
            return 2;
        }
        var snapshot = CorpusLoader.Load(directory.FullName);
        foreach (var error in snapshot.Errors) output.WriteLine(error);
        var failed = snapshot.Files.Count(file => !file.IsValid);
        output.WriteLine($"{snapshot.Files.Count} files, {snapshot.Files.Count - failed} valid, {failed} with errors, {snapshot.Errors.Count} errors; {snapshot.Vocabulary.Concepts.Count} vocabulary concepts");
        return snapshot.Errors.Count == 0 ? 0 : 1;
    }
}
