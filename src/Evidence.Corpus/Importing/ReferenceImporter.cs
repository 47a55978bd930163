using System.Text;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Importing;

/// <summary>
/// Imports reference files into an output folder as draft summaries, one <c>&lt;id&gt;.yaml</c> a record.
/// A record whose DOI or PMID is already in the folder (or in a corpus given to <see cref="Open"/>) is skipped,
/// so importing a file twice adds nothing. Every draft is read back through <see cref="CorpusLoader.ReadSource"/>
/// before it is written: a file that the loader would refuse never lands.
/// </summary>
public sealed class ReferenceImporter
{
    /// <summary>Reference files larger than this are refused; a PubMed export of 10,000 records is about 40 MB.</summary>
    public const long MaxFileBytes = 100L << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _outputDirectory;
    private readonly ExistingSources _existing;

    public ReferenceImporter(string outputDirectory, ConceptVocabulary vocabulary, ExistingSources existing)
    {
        _outputDirectory = outputDirectory;
        Vocabulary = vocabulary;
        _existing = existing;
    }

    /// <summary>The vocabulary keywords and MeSH headings are matched against, and drafts are checked with.</summary>
    public ConceptVocabulary Vocabulary { get; }

    /// <summary>
    /// Prepares <paramref name="outputDirectory"/> as a corpus: creates it, and copies <paramref name="vocabularyFile"/>
    /// into it as vocabulary.yaml when it has none (when it has one, that one is used, so the drafts validate
    /// against the folder they are in). Existing summaries there and in <paramref name="corpusDirectories"/>
    /// are what later records are matched against.
    /// </summary>
    /// <exception cref="ImportSetupException">The vocabulary is missing or invalid, or the folder cannot be used.</exception>
    public static ReferenceImporter Open(string outputDirectory, string vocabularyFile, IEnumerable<string> corpusDirectories)
    {
        if (File.Exists(outputDirectory)) throw new ImportSetupException($"'{outputDirectory}' is a file; --out needs a folder");
        var target = Path.Combine(outputDirectory, CorpusLoader.VocabularyFileName);
        var source = File.Exists(target) ? target : vocabularyFile;
        if (!File.Exists(source)) throw new ImportSetupException($"vocabulary file '{source}' does not exist");
        var bytes = File.ReadAllBytes(source);
        var errors = new List<CorpusError>();
        var vocabulary = CorpusLoader.ReadVocabulary(source, bytes, errors);
        if (errors.Count > 0) throw new ImportSetupException($"vocabulary file '{source}' has errors:\n  " + string.Join("\n  ", errors));
        try
        {
            Directory.CreateDirectory(outputDirectory);
            if (source != target) File.WriteAllBytes(target, bytes);
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            throw new ImportSetupException($"cannot write to '{outputDirectory}': {io.Message}");
        }
        return new ReferenceImporter(outputDirectory, vocabulary, ExistingSources.Load([outputDirectory, .. corpusDirectories]));
    }

    /// <summary>Imports every record of the file at <paramref name="path"/>; the format is detected when not given.</summary>
    public IReadOnlyList<ImportOutcome> ImportFile(string path, ReferenceFormat? format = null)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes) return [Failed(path, 1, new(1), $"the file is {length:N0} bytes; the limit is {MaxFileBytes:N0}")];
            return Import(path, StrictUtf8.GetString(File.ReadAllBytes(path)), format);
        }
        catch (DecoderFallbackException)
        {
            return [Failed(path, 1, new(1), "the file is not UTF-8 text; save the export as UTF-8 and import it again")];
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return [Failed(path, 1, new(1), "cannot read the file: " + io.Message)];
        }
    }

    /// <summary>Imports every record of <paramref name="text"/>; <paramref name="fileName"/> names it in messages and notes.</summary>
    public IReadOnlyList<ImportOutcome> Import(string fileName, string text, ReferenceFormat? format = null)
    {
        var detected = format ?? ReferenceFormats.Detect(text);
        if (detected is not { } chosen)
            return [Failed(fileName, 1, new(1), "cannot tell the format from the content; give it with --format (csl-json, ris, nbib or pubmed-xml)")];
        var entries = ReferenceFormats.Read(text, chosen);
        if (entries.Count == 0) return [Failed(fileName, 1, new(1), $"no {Names<ReferenceFormat>.Id(chosen)} records found")];
        return [.. entries.Select(entry => Import(fileName, chosen, entry))];
    }

    private ImportOutcome Import(string fileName, ReferenceFormat format, ReferenceEntry entry)
    {
        if (entry.Reference is not { } reference) return Failed(fileName, entry.Number, entry.Position, $"record {entry.Number}: {entry.Error}");

        var origin = $"Imported from {Names<ReferenceFormat>.Id(format)} file {Path.GetFileName(fileName)} record {entry.Number}";
        var (draft, problem) = DraftMapper.Map(reference, Vocabulary, origin);
        if (draft is null) return Failed(fileName, entry.Number, entry.Position, $"record {entry.Number} skipped: {problem}");
        if (_existing.Match(draft.Identifiers) is { } present)
            return new(fileName, entry.Number, entry.Position, ImportStatus.AlreadyPresent, present, $"record {entry.Number} already present as {present}");

        draft = draft with { Id = StudyIds.Unique(draft.Id, _existing.IsTaken) };
        var relativePath = draft.Id + ".yaml";
        var bytes = Encoding.UTF8.GetBytes(DraftSummaryWriter.Write(draft));
        var check = CorpusLoader.ReadSource(relativePath, bytes, Vocabulary);
        if (!check.IsValid)
            return Failed(fileName, entry.Number, entry.Position, $"record {entry.Number} skipped: its draft would not load ({check.Errors[0]})");
        try
        {
            using var file = new FileStream(Path.Combine(_outputDirectory, relativePath), FileMode.CreateNew, FileAccess.Write);
            file.Write(bytes);
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return Failed(fileName, entry.Number, entry.Position, $"record {entry.Number} skipped: cannot write {relativePath}: {io.Message}");
        }
        _existing.Add(draft.Id, draft.Identifiers);
        return new(fileName, entry.Number, entry.Position, ImportStatus.Imported, draft.Id, $"record {entry.Number} imported as {draft.Id}");
    }

    private static ImportOutcome Failed(string fileName, int record, FilePosition position, string message) =>
        new(fileName, record, position, ImportStatus.Failed, null, message);
}

/// <summary>The import cannot start: a missing or invalid vocabulary, or an output folder that cannot be used.</summary>
public sealed class ImportSetupException(string message) : Exception(message);
