namespace Evidence.IndexBuild.Tests;

/// <summary>Runs index-build in-process, as the executable would, and captures what it prints.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString() + error);
    }
}
