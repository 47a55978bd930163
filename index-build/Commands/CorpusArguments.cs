using System.CommandLine;

namespace Evidence.IndexBuild.Commands;

/// <summary>The corpus folder argument shared by the commands; the bundled corpus by default.</summary>
internal static class CorpusArguments
{
    public const string DefaultCorpus = "corpus";

    public static Argument<DirectoryInfo> Directory() => new("DIR")
    {
        Description = "The corpus folder (vocabulary.yaml plus one YAML file per source).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => new DirectoryInfo(DefaultCorpus),
    };
}
