using Evidence.Corpus.Vocabulary;
using Evidence.Search.Analysis;
using Evidence.Search.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Evidence.Search.Indexing;

/// <summary>
/// The index on disk: the one <see cref="IndexWriter"/> for its folder and a searcher manager for readers
/// (<see cref="KeptPostingsSearcherManager"/>: Lucene's SearcherManager over readers that keep common terms' postings
/// decoded). Changes become visible to searches at <see cref="Commit"/>, which also makes them durable:
/// a process killed at any moment reopens at the last commit (Lucene commits are atomic).
/// Searches read commits only (the searcher manager is opened on the directory, not on the
/// writer), so a pass that fails half-way (disk full, corpus folder gone) is never visible: see
/// <see cref="DiscardUncommitted"/>.
/// </summary>
public sealed class EvidenceIndex : IDisposable
{
    private const string SchemaKey = "schema";
    private const string VocabularyKey = "vocabulary";
    private const string VocabularyTextKey = "vocabularyYaml";
    private const string AnalysisKey = "analysis";
    private const string FieldsKey = "textFields";

    private readonly LuceneDirectory _directory;
    private IndexFolderLock? _owner;
    private IndexWriter _writer;
    private readonly KeptPostingsSearcherManager _searchers;
    private readonly object _commitLock = new();
    private volatile EvidenceAnalyzer _analyzer;
    private volatile ConceptVocabulary _vocabulary;
    private readonly IReadOnlySet<string> _textFields;
    private string _vocabularyHash;
    private string _vocabularyText;

    private EvidenceIndex(LuceneDirectory directory, IndexWriter writer, ConceptVocabulary vocabulary, string vocabularyHash, string vocabularyText, bool layoutChanged, SearchProfile profile)
    {
        _vocabularyText = vocabularyText;
        _directory = directory;
        _writer = writer;
        _vocabulary = vocabulary;
        Profile = profile;
        _textFields = profile.Ranking.SearchedFields;
        _analyzer = new EvidenceAnalyzer(vocabulary, profile.Analysis);
        _vocabularyHash = vocabularyHash;
        // A new or rebuilt index gets an (empty) first commit, so there is always a commit to search.
        if (layoutChanged || !DirectoryReader.IndexExists(directory)) CommitData(writer, vocabularyHash, vocabularyText, profile);
        _searchers = new KeptPostingsSearcherManager(directory, new WarmSearcherFactory(Scoring.For(profile.Ranking)));
        NeedsFullReindex = layoutChanged;
    }

    /// <summary>The analysis chain for the current vocabulary, for indexing and for queries.</summary>
    public EvidenceAnalyzer Analyzer => _analyzer;

    public ConceptVocabulary Vocabulary => _vocabulary;

    /// <summary>The hash of the vocabulary the index was built with.</summary>
    public string VocabularyHash => _vocabularyHash;

    /// <summary>True when the index on disk was made with another layout or vocabulary and every file must be re-read.</summary>
    public bool NeedsFullReindex { get; private set; }

    public string FolderPath { get; private init; } = "";

    /// <summary>The analysis and ranking this index is built and searched with.</summary>
    public SearchProfile Profile { get; }

    /// <summary>
    /// Opens (or creates) the index in <paramref name="folder"/>, recovering a stale lock left by a killed process.
    /// <paramref name="profile"/> defaults to <see cref="SearchProfile.Default"/>.
    /// </summary>
    public static EvidenceIndex Open(string folder, ConceptVocabulary vocabulary, string vocabularyHash, string vocabularyText, SearchProfile? profile = null)
    {
        profile ??= SearchProfile.Default;
        System.IO.Directory.CreateDirectory(folder);
        var owner = IndexFolderLock.Take(folder);
        try
        {
            try
            {
                return Open(folder, owner, vocabulary, vocabularyHash, vocabularyText, profile, discarded: null);
            }
            catch (Exception error) when (error is CorruptIndexException or FileNotFoundException or EndOfStreamException)
            {
                // The index is derived from the corpus: an index that cannot be read (its commit file gone, a checksum
                // that does not match) is rebuilt from the corpus rather than leaving the service without one.
                DeleteIndexFiles(folder);
                return Open(folder, owner, vocabulary, vocabularyHash, vocabularyText, profile, discarded: $"{error.GetType().Name}: {error.Message}");
            }
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    private static EvidenceIndex Open(string folder, IndexFolderLock owner, ConceptVocabulary vocabulary, string vocabularyHash, string vocabularyText, SearchProfile profile, string? discarded)
    {
        var directory = new UntrackedMMapDirectory(new DirectoryInfo(folder), new NativeFSLockFactory());
        try
        {
            // A write.lock file left by a killed process holds no OS lock; NativeFSLockFactory takes it over. Another
            // process is kept out by the folder's own lock (IndexFolderLock), which Lucene's does not do here.
            var layoutChanged = discarded is not null;
            if (DirectoryReader.IndexExists(directory))
            {
                var infos = new SegmentInfos();
                infos.Read(directory);
                var data = infos.UserData;
                layoutChanged |= !data.TryGetValue(SchemaKey, out var schema) || schema != IndexFields.SchemaVersion
                    || !data.TryGetValue(VocabularyKey, out var hash) || hash != vocabularyHash
                    || !data.TryGetValue(AnalysisKey, out var analysis) || analysis != profile.Analysis.Fingerprint
                    || !data.TryGetValue(FieldsKey, out var fields) || fields != FieldsFingerprint(profile);
            }
            var writer = new IndexWriter(directory, WriterConfig(vocabulary, profile, layoutChanged ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND));
            try
            {
                return new EvidenceIndex(directory, writer, vocabulary, vocabularyHash, vocabularyText, layoutChanged, profile)
                {
                    FolderPath = folder,
                    _owner = owner,
                    Discarded = discarded,
                };
            }
            catch
            {
                writer.Rollback();
                throw;
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Lucene's files in the folder (commit files and segments' files, by Lucene's own name patterns) and its write
    /// lock; anything else someone keeps there stays.
    /// </summary>
    private static void DeleteIndexFiles(string folder)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) || IndexFileNames.CODEC_FILE_PATTERN.IsMatch(name) || name == IndexWriter.WRITE_LOCK_NAME)
                File.Delete(file);
        }
    }

    /// <summary>
    /// Why the index found in the folder was thrown away and is being rebuilt from the corpus (it could not be read), or
    /// null when it was opened as it was.
    /// </summary>
    public string? Discarded { get; private init; }

    private static IndexWriterConfig WriterConfig(ConceptVocabulary vocabulary, SearchProfile profile, OpenMode mode) => new(EvidenceAnalyzer.Version, EvidenceAnalyzer.ForIndexing(vocabulary, profile.Analysis))
    {
        OpenMode = mode,
        RAMBufferSizeMB = 64,
        MergePolicy = new CompactingMergePolicy(),
        Similarity = Scoring.For(profile.Ranking),
    };

    /// <summary>
    /// The vocabulary text saved with the last commit, so an index stays searchable with the vocabulary it was
    /// built with when the corpus's vocabulary.yaml is broken at start-up.
    /// </summary>
    public static string? StoredVocabulary(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return null;
        using var directory = FSDirectory.Open(new DirectoryInfo(folder), NoLockFactory.GetNoLockFactory());
        if (!DirectoryReader.IndexExists(directory)) return null;
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(VocabularyTextKey, out var text) ? text : null;
    }

    /// <summary>Switches to a new vocabulary; the caller then re-indexes every file.</summary>
    public void ReplaceVocabulary(ConceptVocabulary vocabulary, string vocabularyHash, string vocabularyText)
    {
        _vocabularyText = vocabularyText;
        _vocabulary = vocabulary;
        _analyzer = new EvidenceAnalyzer(vocabulary, Profile.Analysis);
        _vocabularyHash = vocabularyHash;
        NeedsFullReindex = true;
    }

    /// <summary>The files the committed index holds, by relative path, read from doc values (fast even at a million).</summary>
    public Dictionary<string, FileState> ReadFileStates()
    {
        var searcher = _searchers.Acquire();
        try
        {
            return ReadFileStates(searcher.IndexReader);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The files an index reader holds; also used by tools that inspect an index left by a killed process.</summary>
    public static Dictionary<string, FileState> ReadFileStates(IndexReader indexReader)
    {
        var states = new Dictionary<string, FileState>(StringComparer.Ordinal);
        foreach (var leaf in indexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var paths = reader.GetBinaryDocValues(IndexFields.Path);
            var hashes = reader.GetBinaryDocValues(IndexFields.ContentHash);
            var ids = reader.GetBinaryDocValues(IndexFields.Id);
            var modified = reader.GetNumericDocValues(IndexFields.Modified);
            var live = reader.LiveDocs;
            if (paths is null || hashes is null || ids is null) continue;
            var scratch = new BytesRef();
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                paths.Get(doc, scratch);
                var path = scratch.Utf8ToString();
                hashes.Get(doc, scratch);
                var hash = scratch.Utf8ToString();
                ids.Get(doc, scratch);
                states[path] = new FileState(path, scratch.Utf8ToString(), hash, modified?.Get(doc) ?? 0);
            }
        }
        return states;
    }

    /// <summary>
    /// The stamp of every file the committed index holds, by <see cref="PathKey(string)"/> of its relative path: what a
    /// re-scan compares the folder with. No strings are made, so a million files cost tens of megabytes, not the
    /// hundreds <see cref="ReadFileStates()"/> holds (its paths, ids and hashes).
    /// </summary>
    public Dictionary<ulong, long> ReadFileStamps()
    {
        using var lease = Acquire();
        var stamps = new Dictionary<ulong, long>(lease.Searcher.IndexReader.NumDocs);
        NumericDocValues? modified = null;
        AtomicReader? segment = null;
        foreach (var (reader, doc, path) in LivePaths(lease.Searcher.IndexReader))
        {
            if (reader != segment) (segment, modified) = (reader, reader.GetNumericDocValues(IndexFields.Modified));
            stamps[PathKey(path.Bytes.AsSpan(path.Offset, path.Length))] = modified?.Get(doc) ?? 0;
        }
        return stamps;
    }

    /// <summary>The relative paths of the committed files whose <see cref="PathKey(string)"/> is among <paramref name="keys"/>.</summary>
    public List<string> PathsWithKeys(IReadOnlySet<ulong> keys)
    {
        using var lease = Acquire();
        return [.. LivePaths(lease.Searcher.IndexReader).Where(p => keys.Contains(PathKey(p.Path.Bytes.AsSpan(p.Path.Offset, p.Path.Length)))).Select(p => p.Path.Utf8ToString())];
    }

    /// <summary>Each live document's relative path as UTF-8, in a buffer reused from document to document.</summary>
    private static IEnumerable<(AtomicReader Segment, int Doc, BytesRef Path)> LivePaths(IndexReader indexReader)
    {
        var scratch = new BytesRef();
        foreach (var leaf in indexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetBinaryDocValues(IndexFields.Path) is not { } paths) continue;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (reader.LiveDocs is { } live && !live.Get(doc)) continue;
                paths.Get(doc, scratch);
                yield return (reader, doc, scratch);
            }
        }
    }

    /// <summary>
    /// A 64-bit hash (XXH3) of a relative path's UTF-8 bytes. Two of a million paths share one with a chance of about
    /// one in 37 million; a re-scan would then look at one file more, or miss one change the watcher also reports.
    /// </summary>
    public static ulong PathKey(ReadOnlySpan<byte> utf8) => System.IO.Hashing.XxHash3.HashToUInt64(utf8);

    /// <inheritdoc cref="PathKey(ReadOnlySpan{byte})"/>
    public static ulong PathKey(string relativePath)
    {
        var length = System.Text.Encoding.UTF8.GetMaxByteCount(relativePath.Length);
        Span<byte> buffer = length <= 1024 ? stackalloc byte[length] : new byte[length];
        return PathKey(buffer[..System.Text.Encoding.UTF8.GetBytes(relativePath, buffer)]);
    }

    /// <summary>
    /// The committed states of just these files (relative paths) and of every file holding one of these ids,
    /// looked up by term: an incremental pass after one save reads a few documents, where
    /// <see cref="ReadFileStates()"/> reads every document (a second at a million sources).
    /// </summary>
    public Dictionary<string, FileState> ReadFileStates(IEnumerable<string> relativePaths, IEnumerable<string>? ids = null)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var states = new Dictionary<string, FileState>(StringComparer.Ordinal);
            var keys = relativePaths.Select(path => new Term(IndexFields.Path, path))
                .Concat((ids ?? []).Select(id => new Term(IndexFields.Id, id)));
            foreach (var key in keys)
            {
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    var reader = leaf.AtomicReader;
                    var docs = reader.GetTermDocsEnum(key);
                    if (docs is null) continue;
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        if (reader.LiveDocs is { } live && !live.Get(doc)) continue;
                        if (ReadState(reader, doc) is { } state) states[state.Path] = state;
                    }
                }
            }
            return states;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static FileState? ReadState(AtomicReader reader, int doc)
    {
        var paths = reader.GetBinaryDocValues(IndexFields.Path);
        var hashes = reader.GetBinaryDocValues(IndexFields.ContentHash);
        var ids = reader.GetBinaryDocValues(IndexFields.Id);
        if (paths is null || hashes is null || ids is null) return null;
        var scratch = new BytesRef();
        paths.Get(doc, scratch);
        var path = scratch.Utf8ToString();
        hashes.Get(doc, scratch);
        var hash = scratch.Utf8ToString();
        ids.Get(doc, scratch);
        return new FileState(path, scratch.Utf8ToString(), hash, reader.GetNumericDocValues(IndexFields.Modified)?.Get(doc) ?? 0);
    }

    /// <summary>Adds, replaces or removes documents. Nothing is visible or durable until <see cref="Commit"/>.</summary>
    public void Apply(IEnumerable<IndexChange> changes)
    {
        var analyzer = _analyzer;
        foreach (var change in changes)
        {
            var key = new Term(IndexFields.Path, change.Path);
            switch (change)
            {
                case IndexChange.Upsert { New: true } upsert:
                    _writer.AddDocument(SummaryDocument.Create(upsert.File, upsert.Summary, _vocabulary, _textFields, upsert.ModifiedTicks), analyzer);
                    break;
                case IndexChange.Upsert upsert:
                    _writer.UpdateDocument(key, SummaryDocument.Create(upsert.File, upsert.Summary, _vocabulary, _textFields, upsert.ModifiedTicks), analyzer);
                    break;
                case IndexChange.Delete:
                    _writer.DeleteDocuments(key);
                    break;
            }
        }
    }

    /// <summary>Removes every document, for a rebuild from scratch inside one commit.</summary>
    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>
    /// Merges everything applied so far into one segment, before the commit of a rebuild from scratch. A bulk load
    /// leaves a dozen or more segments (13 at 100k, 30 at 1M), and a search looks up each term and walks its postings in
    /// every one (bench/README.md, "One segment, facets in document order …", has the runs before and after). Edits
    /// afterwards add small segments that the merge policy folds together (<see cref="CompactingMergePolicy"/>); the large
    /// one is rewritten only by another rebuild or once deletions have shrunk it.
    /// </summary>
    public void MergeIntoOne() => _writer.ForceMerge(1);

    /// <summary>Makes applied changes durable and visible to new searches, atomically.</summary>
    public void Commit()
    {
        lock (_commitLock)
        {
            CommitData(_writer, _vocabularyHash, _vocabularyText, Profile);
            NeedsFullReindex = false;
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>The analysed fields an index holds: a ranking that searches other fields needs a rebuild.</summary>
    private static string FieldsFingerprint(SearchProfile profile) => string.Join(",", profile.Ranking.SearchedFields.Order(StringComparer.Ordinal));

    private static void CommitData(IndexWriter writer, string vocabularyHash, string vocabularyText, SearchProfile profile)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SchemaKey] = IndexFields.SchemaVersion,
            [VocabularyKey] = vocabularyHash,
            [VocabularyTextKey] = vocabularyText,
            [AnalysisKey] = profile.Analysis.Fingerprint,
            [FieldsKey] = FieldsFingerprint(profile),
        });
        writer.Commit();
    }

    /// <summary>
    /// Throws away every change applied since the last commit, after a pass failed before committing. Without
    /// this, a failed pass's buffered changes (say, deletions made while the corpus folder was vanishing) would
    /// ride along with the next successful commit. Lucene's rollback closes the writer, so a fresh one is opened
    /// on the same directory; searches are untouched because they read commits, not the writer. A writer that
    /// Lucene already closed after a tragic error (disk full during a flush) is replaced the same way.
    /// </summary>
    public void DiscardUncommitted()
    {
        lock (_commitLock)
        {
            try
            {
                _writer.Rollback();
            }
            catch (Exception error) when (error is IOException or ObjectDisposedException)
            {
                // Rollback also releases write.lock; if it could not clean up, the new writer below says so.
            }
            _writer = new IndexWriter(_directory, WriterConfig(_vocabulary, Profile, OpenMode.CREATE_OR_APPEND));
        }
    }

    /// <summary>A searcher over one consistent snapshot; dispose the lease to release it.</summary>
    public SearcherLease Acquire() => new(_searchers);

    private static long s_opened;

    /// <summary>Tells this opened index from any other in the process (versions are only unique within one directory).</summary>
    public long Instance { get; } = Interlocked.Increment(ref s_opened);

    /// <summary>The version of the commit searches see now; every commit that changes the index gives a new one.</summary>
    public long Version
    {
        get
        {
            using var lease = Acquire();
            return ((DirectoryReader)lease.Searcher.IndexReader).Version;
        }
    }

    public int DocumentCount
    {
        get
        {
            using var lease = Acquire();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        // Rollback, not Dispose: Lucene's close commits pending changes, and only Commit may make changes durable.
        _writer.Rollback();
        _directory.Dispose();
        _owner?.Dispose();
    }
}

/// <summary>Holds an <see cref="IndexSearcher"/> from the manager until disposed.</summary>
public sealed class SearcherLease(ReferenceManager<IndexSearcher> manager) : IDisposable
{
    public IndexSearcher Searcher { get; } = manager.Acquire();

    public void Dispose() => manager.Release(Searcher);
}
