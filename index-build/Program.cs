using System.CommandLine;
using System.CommandLine.Invocation;
using Evidence.IndexBuild.Commands;

return Program.Run(args, Console.Out, Console.Error);

internal static partial class Program
{
    public static RootCommand CreateRoot(TextWriter output, TextWriter error) => new("Evidence index-build: validate a corpus, build its Lucene index, print statistics, import references.")
    {
        ValidateCommand.Create(output),
        BuildCommand.Create(output, error),
        StatsCommand.Create(output),
        ImportCommand.Create(output),
    };

    /// <summary>Runs a command line. Usage errors (an unknown option, a missing argument) exit 2, like the commands' own.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var result = CreateRoot(output, error).Parse(args);
        var exitCode = result.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return result.Action is ParseErrorAction ? 2 : exitCode;
    }
}
