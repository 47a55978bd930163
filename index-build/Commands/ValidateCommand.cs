using System.CommandLine;
using Evidence.Corpus.Linting;
using Evidence.Corpus.Loading;

namespace Evidence.IndexBuild.Commands;

/// <summary>
/// <c>validate [DIR]</c>: lists every error in the corpus as file:line:column: message, then every breach of
/// the corpus lint as file:line:column: rule-id: message, and exits 1 if there is either.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output) =>
        CorpusCommand.Create("validate", "Check every file of a corpus and list each error as file:line:column: message and each lint finding as file:line:column: rule-id: message.", output, Report);

    private static int Report(DirectoryInfo directory, CorpusSnapshot snapshot, TextWriter output)
    {
        foreach (var error in snapshot.Errors) output.WriteLine(error);
        var lint = CorpusLint.Check(directory.FullName, snapshot);
        foreach (var finding in lint) output.WriteLine(finding);
        var failed = snapshot.Files.Count(file => !file.IsValid);
        output.WriteLine($"{snapshot.Files.Count} files, {snapshot.Files.Count - failed} valid, {failed} with errors, {snapshot.Errors.Count} errors, {lint.Count} lint findings; {snapshot.Vocabulary.Concepts.Count} vocabulary concepts");
        return snapshot.Errors.Count == 0 && lint.Count == 0 ? 0 : 1;
    }
}
