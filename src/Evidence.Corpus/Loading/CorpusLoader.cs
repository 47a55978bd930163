using System.Security.Cryptography;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Loading;

/// <summary>
/// Loads a corpus folder: <c>vocabulary.yaml</c> at its root and one <c>*.yaml</c> study summary per
/// source anywhere below it. A bad file is reported and skipped; it never stops the others loading.
/// </summary>
public static class CorpusLoader
{
    public const string VocabularyFileName = "vocabulary.yaml";

    public static CorpusSnapshot Load(string corpusDirectory)
    {
        var errors = new List<CorpusError>();
        var vocabulary = LoadVocabulary(corpusDirectory, errors);
        var files = SourcePaths(corpusDirectory)
            .AsParallel().AsOrdered()
            .Select(path => LoadSource(corpusDirectory, path, vocabulary))
            .ToList();
        files = MarkDuplicateIds(files);
        errors.AddRange(files.SelectMany(file => file.Errors));
        return new CorpusSnapshot(vocabulary, files, errors);
    }

    public static ConceptVocabulary LoadVocabulary(string corpusDirectory, List<CorpusError> errors)
    {
        var path = Path.Combine(corpusDirectory, VocabularyFileName);
        if (!File.Exists(path))
        {
            errors.Add(new CorpusError(VocabularyFileName, 1, 1, ErrorCodes.Missing, $"no {VocabularyFileName} in {corpusDirectory}; a corpus needs its vocabulary"));
            return ConceptVocabulary.Empty;
        }
        return ReadVocabulary(VocabularyFileName, File.ReadAllBytes(path), errors);
    }

    public static ConceptVocabulary ReadVocabulary(string displayName, byte[] bytes, List<CorpusError> errors)
    {
        var root = YamlTreeReader.Read(displayName, bytes, errors);
        return root is null ? ConceptVocabulary.Empty : VocabularyReader.Read(root, new SourceContext(displayName, errors));
    }

    /// <summary>Every study-summary file below the folder, in a stable order, as full paths.</summary>
    public static IEnumerable<string> SourcePaths(string corpusDirectory) =>
        Directory.EnumerateFiles(corpusDirectory, "*.yaml", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(path => !IsVocabulary(corpusDirectory, path))
            .Order(StringComparer.Ordinal);

    public static bool IsVocabulary(string corpusDirectory, string path) =>
        string.Equals(Path.GetRelativePath(corpusDirectory, path), VocabularyFileName, StringComparison.Ordinal);

    public static SourceFile LoadSource(string corpusDirectory, string path, ConceptVocabulary vocabulary)
    {
        var relative = Path.GetRelativePath(corpusDirectory, path).Replace('\\', '/');
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > YamlTreeReader.MaxBytes)
                return new SourceFile(relative, "", null, [new CorpusError(relative, 1, 1, ErrorCodes.TooLarge, $"file is {info.Length:N0} bytes; the limit is {YamlTreeReader.MaxBytes:N0} bytes")]);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(relative, "", null, [new CorpusError(relative, 1, 1, ErrorCodes.NotText, "cannot read the file: " + io.Message)]);
        }
        return ReadSource(relative, bytes, vocabulary);
    }

    /// <summary>Reads one summary from its bytes. The id must match the file name.</summary>
    public static SourceFile ReadSource(string relativePath, byte[] bytes, ConceptVocabulary vocabulary)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var errors = new List<CorpusError>();
        var root = YamlTreeReader.Read(relativePath, bytes, errors);
        var expectedId = Path.GetFileNameWithoutExtension(relativePath);
        var summary = root is null ? null : StudySummaryReader.Read(root, new SourceContext(relativePath, errors), vocabulary, expectedId);
        var ordered = errors.OrderBy(error => error.Line).ThenBy(error => error.Column).ToList();
        return new SourceFile(relativePath, hash, errors.Count == 0 ? summary : null, ordered);
    }

    private static List<SourceFile> MarkDuplicateIds(List<SourceFile> files)
    {
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Summary is not { } summary) continue;
            if (firstById.TryAdd(summary.Id, files[i].RelativePath)) continue;
            files[i] = files[i] with
            {
                Summary = null,
                Errors = [new CorpusError(files[i].RelativePath, 1, 1, ErrorCodes.DuplicateId, $"id '{summary.Id}' is already used by {firstById[summary.Id]}")],
            };
        }
        return files;
    }
}
