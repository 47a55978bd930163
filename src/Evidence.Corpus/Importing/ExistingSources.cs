using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Importing;

/// <summary>
/// The summaries already on disk, by id, DOI (ignoring case), PMID and URL, so that an import adds each source
/// once. Files are read leniently, for their id and identifiers only: a file that fails validation for some
/// other reason still counts as present.
/// </summary>
public sealed class ExistingSources
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byDoi = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byPmid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byCorpusId = new(StringComparer.Ordinal);

    /// <summary>The summaries of every folder given (skipping vocabulary.yaml at each folder's root).</summary>
    public static ExistingSources Load(IEnumerable<string> directories)
    {
        var existing = new ExistingSources();
        foreach (var directory in directories.Where(Directory.Exists))
        {
            var folder = new CorpusFolder(directory);
            foreach (var path in folder.SourcePaths()) existing.AddFile(folder, path);
        }
        return existing;
    }

    public bool IsTaken(string id) => _ids.Contains(id);

    /// <summary>
    /// The id of the summary that is the same source: same DOI, else same PMID; a record with neither is
    /// matched by its exact URL (and one with only a corpus id by that id), so that re-importing it adds nothing either.
    /// </summary>
    public string? Match(Identifiers identifiers)
    {
        if (identifiers.Doi is { } doi && _byDoi.TryGetValue(doi, out var id)) return id;
        if (identifiers.Pmid is { } pmid && _byPmid.TryGetValue(pmid, out id)) return id;
        if (identifiers is { Doi: null, Pmid: null, Url: { } url } && _byUrl.TryGetValue(url, out id)) return id;
        if (identifiers is { Doi: null, Pmid: null, Url: null, Corpus: { } corpus } && _byCorpusId.TryGetValue(corpus, out id)) return id;
        return null;
    }

    public void Add(string id, Identifiers identifiers) => Add(id, identifiers.Doi, identifiers.Pmid, identifiers.Url, identifiers.Corpus);

    private void Add(string id, string? doi, string? pmid, string? url, string? corpus)
    {
        if (corpus is not null) _byCorpusId.TryAdd(corpus, id);
        _ids.Add(id);
        if (doi is not null) _byDoi.TryAdd(doi, id);
        if (pmid is not null) _byPmid.TryAdd(pmid, id);
        if (url is not null) _byUrl.TryAdd(url, id);
    }

    private void AddFile(CorpusFolder folder, string path)
    {
        var fileId = Path.GetFileNameWithoutExtension(path);
        _ids.Add(fileId);
        // Through the corpus gate: a link out of the folder or a FIFO counts as a taken name and is never read.
        var file = folder.Read(path);
        if (file.Bytes is not { } bytes) return;
        if (YamlTreeReader.Read(file.RelativePath, bytes, []) is not YamlMapping root) return;
        var identifiers = Entry(root, "identifiers") as YamlMapping;
        var id = Scalar(Entry(root, "id")) ?? fileId;
        _ids.Add(id);
        if (identifiers is not null)
            Add(id, Scalar(Entry(identifiers, "doi")), Scalar(Entry(identifiers, "pmid")), Scalar(Entry(identifiers, "url")), Scalar(Entry(identifiers, "corpus")));
    }

    private static YamlNode? Entry(YamlMapping mapping, string key) =>
        mapping.Entries.FirstOrDefault(entry => entry.Key.Value == key).Value;

    private static string? Scalar(YamlNode? node) =>
        node is YamlScalar { IsNull: false } scalar && scalar.Value.Trim() is { Length: > 0 } value ? value : null;
}
