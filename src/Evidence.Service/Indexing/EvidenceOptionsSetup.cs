using Microsoft.Extensions.Options;

namespace Evidence.Service.Indexing;

/// <summary>Fills in the default paths and checks that the corpus folder is there, at start-up.</summary>
internal sealed class EvidenceOptionsSetup(IHostEnvironment environment) : IPostConfigureOptions<EvidenceOptions>, IValidateOptions<EvidenceOptions>
{
    public void PostConfigure(string? name, EvidenceOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CorpusPath)) options.CorpusPath = BundledCorpus(environment.ContentRootPath) ?? "corpus";
        options.CorpusPath = Path.GetFullPath(options.CorpusPath, environment.ContentRootPath);
        if (string.IsNullOrWhiteSpace(options.IndexPath))
            options.IndexPath = Path.Combine(Path.GetDirectoryName(options.CorpusPath.TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".index", Path.GetFileName(options.CorpusPath.TrimEnd(Path.DirectorySeparatorChar)));
        options.IndexPath = Path.GetFullPath(options.IndexPath, environment.ContentRootPath);
    }

    public ValidateOptionsResult Validate(string? name, EvidenceOptions options)
    {
        if (!Directory.Exists(options.CorpusPath))
            return ValidateOptionsResult.Fail($"Evidence:CorpusPath '{options.CorpusPath}' is not a folder. Point it at a corpus (vocabulary.yaml plus YAML sources).");
        if (Path.GetFullPath(options.IndexPath).StartsWith(Path.GetFullPath(options.CorpusPath) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return ValidateOptionsResult.Fail("Evidence:IndexPath must not be inside the corpus folder.");
        return ValidateOptionsResult.Success;
    }

    /// <summary>The repository's corpus/ folder, found by walking up from the content root.</summary>
    private static string? BundledCorpus(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "vocabulary.yaml"))) return candidate;
        }
        return null;
    }
}
