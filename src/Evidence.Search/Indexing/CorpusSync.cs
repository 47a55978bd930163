using System.Collections.Concurrent;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Search.Indexing;

/// <summary>
/// Brings the index in line with the corpus folder. Files whose time and hash match the index are skipped;
/// changed files are validated and re-indexed; a file that fails validation keeps its last good version in
/// the index and is reported; files gone from disk are removed. Used by the worker and by index-build.
/// </summary>
internal sealed class CorpusSync(EvidenceIndex index, string corpusDirectory)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<CorpusError>> _fileErrors = new(StringComparer.Ordinal);
    private IReadOnlyList<CorpusError> _vocabularyErrors = [];
    private string? _vocabularyHash;

    private readonly CorpusFolder _folder = new(corpusDirectory);

    public string CorpusDirectory => _folder.Root;

    /// <summary>The file being read longest by the running pass, if any (see <see cref="CorpusFolder.LongestRead"/>).</summary>
    public (string File, TimeSpan For)? LongestRead => _folder.LongestRead;

    public IReadOnlyDictionary<string, IReadOnlyList<CorpusError>> FileErrors => _fileErrors;

    public IReadOnlyList<CorpusError> VocabularyErrors => _vocabularyErrors;

    /// <summary>Reads vocabulary.yaml; a valid and different vocabulary replaces the index's, forcing a full re-index.</summary>
    public bool RefreshVocabulary()
    {
        var file = VocabularyFile.Read(_folder);
        if (file is null)
        {
            _vocabularyErrors = [new CorpusError(CorpusLoader.VocabularyFileName, 1, 1, ErrorCodes.Missing, "cannot read vocabulary.yaml; the index keeps the vocabulary it was built with")];
            return false;
        }
        if (file.Hash == _vocabularyHash) return false;
        _vocabularyErrors = file.Errors;
        if (!file.IsValid) return false;
        _vocabularyHash = file.Hash;
        if (index.VocabularyHash == file.Hash) return false;
        index.ReplaceVocabulary(file.Vocabulary, file.Hash, file.Text);
        return true;
    }

    /// <summary>A full pass: every file on disk compared with the index.</summary>
    public SyncReport SyncAll()
    {
        EnsureCorpusPresent();
        RefreshVocabulary();
        var full = index.NeedsFullReindex;
        var states = full ? [] : index.ReadFileStates();
        if (full) index.DeleteAll();
        var onDisk = _folder.SourcePaths().ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var report = Apply(onDisk, states, seen);
        var deletions = states.Keys.Where(path => !seen.Contains(path)).Select(path => new IndexChange.Delete(path)).ToList();
        ConfirmMassDeletion(deletions.Count, states.Count);
        foreach (var gone in _fileErrors.Keys.Where(path => !seen.Contains(path))) _fileErrors.TryRemove(gone, out _);
        index.Apply(deletions);
        EnsureCorpusPresent();
        // A pass that wrote every source afresh (a first build, a rebuild) leaves one segment.
        if (states.Count == 0) index.MergeIntoOne();
        index.Commit();
        return report with { Deleted = deletions.Count, FileErrors = Snapshot(), VocabularyErrors = _vocabularyErrors };
    }

    /// <summary>
    /// The files a full pass would have to look at, found without a pass: sources that are new, whose stamp differs
    /// from the index's or that had errors, and indexed sources (or files with errors) gone from disk, as full paths
    /// for <see cref="SyncFiles"/>. Null when only a full pass will do (the index needs rebuilding). Reads the
    /// committed index and the folder and writes nothing, so it runs beside searches and incremental passes: a file
    /// changed meanwhile comes as an event of its own, and a pass over a file already up to date leaves it as it is.
    /// Files are matched with the index by a hash of their path (<see cref="EvidenceIndex.ReadFileStamps"/>), so a
    /// million files cost tens of megabytes rather than a full pass's states.
    /// </summary>
    public List<string>? FindChanges(CancellationToken cancellationToken)
    {
        EnsureCorpusPresent();
        if (index.NeedsFullReindex) return null;
        var stamps = index.ReadFileStamps();
        var changed = new List<string>();
        foreach (var path in _folder.SourcePaths(ordered: false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Relative(path);
            // Removed as seen, so what is left at the end is gone from disk.
            if (!stamps.Remove(EvidenceIndex.PathKey(relative), out var stamp) || _folder.Stamp(path) != stamp || _fileErrors.ContainsKey(relative))
                changed.Add(path);
        }
        if (stamps.Count > 0) changed.AddRange(index.PathsWithKeys(stamps.Keys.ToHashSet()).Select(relative => Path.Combine(CorpusDirectory, relative)));
        changed.AddRange(_fileErrors.Keys.Select(relative => Path.Combine(CorpusDirectory, relative)).Where(path => !_folder.Exists(path)));
        return changed;
    }

    /// <summary>
    /// A folder without vocabulary.yaml is not a corpus: it is one being deleted, renamed, replaced or not yet
    /// mounted. Syncing it would delete every source from the index, so the pass stops here (before and again
    /// just before committing) and the caller keeps the last good index and reports the problem.
    /// </summary>
    private void EnsureCorpusPresent()
    {
        if (!Directory.Exists(CorpusDirectory))
            throw new DirectoryNotFoundException("the corpus folder does not exist; searches use the last good index");
        if (!File.Exists(Path.Combine(CorpusDirectory, CorpusLoader.VocabularyFileName)))
            throw new FileNotFoundException($"the corpus folder has no {CorpusLoader.VocabularyFileName}; searches use the last good index");
    }

    /// <summary>How long a bulk disappearance must hold still before the sources are removed from the index.</summary>
    public static readonly TimeSpan MassDeletionSettle = TimeSpan.FromSeconds(1);

    private (int Count, DateTime SeenAt)? _massDeletion;

    /// <summary>
    /// Deletions applied by incremental passes in a run, each less than <see cref="MassDeletionSettle"/> after the
    /// last: a folder removed file by file reaches the worker as a run of batches, which together count.
    /// </summary>
    private (int Count, DateTime Last) _recentDeletions;

    /// <summary>Set by the long-running worker; a one-shot build applies deletions at once.</summary>
    public bool ConfirmMassDeletions { get; init; }

    /// <summary>
    /// Half or more of the indexed sources vanishing at once is what a corpus folder being deleted (rm -rf goes
    /// file by file, vocabulary.yaml perhaps last), replaced or unmounted looks like. Such a pass fails, keeping
    /// the sources searchable; a later pass that finds the same number gone, a second or more later, confirms
    /// the deletion. A count still changing means the removal is still under way, and restarts the wait.
    /// </summary>
    private void ConfirmMassDeletion(int deleting, int indexed)
    {
        if (!ConfirmMassDeletions || deleting < 2 || deleting * 2 < indexed)
        {
            _massDeletion = null;
            return;
        }
        var now = DateTime.UtcNow;
        if (_massDeletion is { } seen && seen.Count == deleting && now - seen.SeenAt >= MassDeletionSettle)
        {
            _massDeletion = null;
            return;
        }
        if (_massDeletion?.Count != deleting) _massDeletion = (deleting, now);
        throw new IOException($"{deleting} of {indexed} sources vanished at once; they stay searchable until a pass at least {MassDeletionSettle.TotalSeconds:F0} s later confirms it");
    }

    /// <summary>An incremental pass over the given files (created, changed or deleted).</summary>
    public SyncReport SyncFiles(IEnumerable<string> fullPaths)
    {
        EnsureCorpusPresent();
        if (RefreshVocabulary()) return SyncAll();
        var paths = fullPaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        // Only the files in this pass are looked up, not the whole index: the cost of a save must not grow with
        // the library. Ids are checked against the index one by one as files are read (see Apply).
        var states = index.ReadFileStates(paths.Select(Relative));
        var present = paths.ToLookup(_folder.Exists);
        // A name that exists in any form is read (and a link, FIFO or socket refused and reported); a folder is
        // read only when it is a link (reported), as a real folder's files come as events of their own.
        var existing = present[true].Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) && !_folder.IsVocabulary(p)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var report = Apply(existing, states, seen, lookUpIds: true);
        var deletions = present[false].Select(Relative).Where(states.ContainsKey).Select(p => new IndexChange.Delete(p)).ToList();
        // Against the whole library: states holds only this pass's files, every one of them in a batch of deletions.
        var now = DateTime.UtcNow;
        var recent = now - _recentDeletions.Last < MassDeletionSettle ? _recentDeletions.Count : 0;
        ConfirmMassDeletion(recent + deletions.Count, index.DocumentCount + recent);
        foreach (var path in present[false].Select(Relative)) _fileErrors.TryRemove(path, out _);
        index.Apply(deletions);
        EnsureCorpusPresent();
        index.Commit();
        if (deletions.Count > 0) _recentDeletions = (recent + deletions.Count, now);
        return report with { Deleted = deletions.Count, FileErrors = Snapshot(), VocabularyErrors = _vocabularyErrors };
    }

    /// <summary>Reports (files done, files in the pass) every few hundred files, for progress display.</summary>
    public IProgress<(int Done, int Total)>? Progress { get; init; }

    /// <summary>
    /// Loads, validates and indexes the files on all cores: each file goes through the whole pipeline on one
    /// thread (IndexWriter is thread-safe), so memory holds only the files in flight, not the corpus.
    /// </summary>
    /// <param name="lookUpIds">True when <paramref name="states"/> holds only the pass's files, so an id not among them is looked up in the index.</param>
    private SyncReport Apply(List<string> paths, Dictionary<string, FileState> states, HashSet<string> seen, bool lookUpIds = false)
    {
        var vocabulary = index.Vocabulary;
        // A plain loop: grouping a million states to find each id's first holder cost hundreds of MB at start-up.
        var idOwners = new Dictionary<string, string>(states.Count, StringComparer.Ordinal);
        foreach (var state in states.Values) idOwners.TryAdd(state.Id, state.Path);
        int added = 0, updated = 0, unchanged = 0, done = 0;
        var relatives = new ConcurrentBag<string>();
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            var (relative, file, modified) = Load(path, states, vocabulary);
            relatives.Add(relative);
            if (Progress is not null && Interlocked.Increment(ref done) % 500 == 0) Progress.Report((done, paths.Count));
            if (file is null)
            {
                Interlocked.Increment(ref unchanged);
                return;
            }
            if (!file.IsValid)
            {
                _fileErrors[relative] = file.Errors;
                return;
            }
            var summary = file.Summary!;
            lock (idOwners)
            {
                if (lookUpIds && !idOwners.ContainsKey(summary.Id))
                {
                    var holders = index.ReadFileStates([], [summary.Id]).Keys.Where(path => path != relative).Order(StringComparer.Ordinal).ToList();
                    if (holders.Count > 0) idOwners[summary.Id] = holders[0];
                }
                if (idOwners.TryGetValue(summary.Id, out var owner) && owner != relative && _folder.Exists(Path.Combine(CorpusDirectory, owner)))
                {
                    _fileErrors[relative] = [new CorpusError(relative, 1, 1, ErrorCodes.DuplicateId, $"id '{summary.Id}' is already used by {owner}")];
                    return;
                }
                idOwners[summary.Id] = relative;
            }
            _fileErrors.TryRemove(relative, out _);
            var known = states.ContainsKey(relative);
            Interlocked.Increment(ref known ? ref updated : ref added);
            // states holds every indexed file of this pass's paths, so a path not in it is not in the index.
            index.Apply([new IndexChange.Upsert(file, summary, modified, New: !known)]);
        });
        seen.UnionWith(relatives);
        Progress?.Report((paths.Count, paths.Count));
        return new SyncReport(added, updated, 0, unchanged, new Dictionary<string, IReadOnlyList<CorpusError>>(), []);
    }

    /// <summary>
    /// Null file when the index already holds this exact version. A file is read once, through the corpus gate:
    /// its stamp (time and length) is looked at first, and only a changed stamp costs a read and a hash.
    /// </summary>
    private (string Relative, SourceFile? File, long Modified) Load(string path, Dictionary<string, FileState> states, ConceptVocabulary vocabulary)
    {
        var relative = Relative(path);
        var clean = !_fileErrors.ContainsKey(relative);
        if (_folder.Stamp(path) is { } stamp && states.TryGetValue(relative, out var state) && state.ModifiedTicks == stamp && clean) return (relative, null, stamp);
        var read = _folder.Read(path);
        if (read.Error is { } refused) return (relative, new SourceFile(relative, "", null, [refused]), 0);
        if (states.TryGetValue(relative, out var known) && known.ContentHash == read.ContentHash && clean) return (relative, null, read.Stamp);
        try
        {
            return (relative, CorpusLoader.ReadSource(relative, read.Bytes!, vocabulary, read.ContentHash), read.Stamp);
        }
        catch (Exception bug) when (bug is not OutOfMemoryException)
        {
            // The loader promises errors, not exceptions; if a parser bug breaks that promise, the damage stays
            // one file error instead of failing every pass (and leaving the whole service degraded) for one file.
            return (relative, new SourceFile(relative, read.ContentHash, null, [new CorpusError(relative, 1, 1, ErrorCodes.Syntax, "the file could not be parsed: " + bug.Message)]), read.Stamp);
        }
    }

    private string Relative(string fullPath) => _folder.Relative(fullPath);

    private Dictionary<string, IReadOnlyList<CorpusError>> Snapshot() => new(_fileErrors, StringComparer.Ordinal);
}
