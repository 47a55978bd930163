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
        var folder = new CorpusFolder(corpusDirectory);
        var path = Path.Combine(folder.Root, VocabularyFileName);
        if (!folder.Exists(path))
        {
            errors.Add(new CorpusError(VocabularyFileName, 1, 1, ErrorCodes.Missing, $"no {VocabularyFileName} in the corpus folder; a corpus needs its vocabulary"));
            return ConceptVocabulary.Empty;
        }
        var file = folder.Read(path);
        if (file.Error is { } refused)
        {
            errors.Add(refused);
            return ConceptVocabulary.Empty;
        }
        return ReadVocabulary(VocabularyFileName, file.Bytes!, errors);
    }

    public static ConceptVocabulary ReadVocabulary(string displayName, byte[] bytes, List<CorpusError> errors)
    {
        var root = YamlTreeReader.Read(displayName, bytes, errors);
        return root is null ? ConceptVocabulary.Empty : VocabularyReader.Read(root, new SourceContext(displayName, errors));
    }

    /// <summary>Every study-summary file below the folder, in a stable order, as full paths (see <see cref="CorpusFolder.SourcePaths"/>).</summary>
    public static IEnumerable<string> SourcePaths(string corpusDirectory) => new CorpusFolder(corpusDirectory).SourcePaths();

    public static bool IsVocabulary(string corpusDirectory, string path) =>
        string.Equals(Path.GetRelativePath(corpusDirectory, path), VocabularyFileName, StringComparison.Ordinal);

    public static SourceFile LoadSource(string corpusDirectory, string path, ConceptVocabulary vocabulary)
    {
        var file = new CorpusFolder(corpusDirectory).Read(path);
        return file.Error is { } refused
            ? new SourceFile(file.RelativePath, "", null, [refused])
            : ReadSource(file.RelativePath, file.Bytes!, vocabulary, file.ContentHash);
    }

    /// <summary>Reads one summary from its bytes (hashed here unless the caller has the hash). The id must match the file name.</summary>
    public static SourceFile ReadSource(string relativePath, byte[] bytes, ConceptVocabulary vocabulary, string? contentHash = null)
    {
        var hash = contentHash ?? Convert.ToHexStringLower(SHA256.HashData(bytes));
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
