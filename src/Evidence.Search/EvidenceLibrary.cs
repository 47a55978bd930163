using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Evidence.Search.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Evidence.Search;

/// <summary>
/// A corpus folder and its index, as one thing to ask: the single owner of the open index. It opens the index
/// with the corpus's vocabulary (or the one saved in the index when vocabulary.yaml is broken), runs sync passes,
/// and answers searches, records, concept counts and suggestions from the last commit. Until <see cref="Open()"/>
/// succeeds every question throws <see cref="IndexUnavailableException"/>.
/// </summary>
public sealed class EvidenceLibrary(string corpusFolder, string indexFolder, SearchProfile? profile = null) : IDisposable
{
    private readonly object _opening = new();
    private readonly object _syncing = new();
    private volatile EvidenceIndex? _index;
    private CorpusSync? _sync;
    private volatile CountsAt? _counts;

    /// <summary>
    /// Sources per concept in one commit, each concept counted the first time it is asked for; <see cref="Complete"/>
    /// once every vocabulary concept has been.
    /// </summary>
    private sealed class CountsAt(EvidenceIndex index, long version, ConceptVocabulary vocabulary)
    {
        private volatile bool _complete;

        public System.Collections.Concurrent.ConcurrentDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public bool Complete => _complete;

        public bool IsOf(EvidenceIndex current, long currentVersion) => index == current && version == currentVersion && vocabulary == current.Vocabulary;

        public int Count(IndexSearcher searcher, string id) =>
            vocabulary.Find(id) is null ? 0 : Counts.GetOrAdd(id, id => Querying.ConceptCounts.Count(searcher, id));

        public IReadOnlyDictionary<string, int> All(IndexSearcher searcher)
        {
            if (_complete) return Counts;
            foreach (var concept in vocabulary.Concepts) Count(searcher, concept.Id);
            _complete = true;
            return Counts;
        }
    }

    public string CorpusFolder { get; } = Path.GetFullPath(corpusFolder);

    public string IndexFolder { get; } = Path.GetFullPath(indexFolder);

    public SearchProfile Profile { get; } = profile ?? SearchProfile.Default;

    /// <summary>Set by the long-running worker: half the library vanishing at once must be seen twice (see <see cref="CorpusSync.ConfirmMassDeletions"/>).</summary>
    public bool ConfirmMassDeletions { get; init; }

    /// <summary>Reports (files done, files in the pass) during a sync, for progress display.</summary>
    public IProgress<(int Done, int Total)>? Progress { get; init; }

    public bool IsOpen => _index is not null;

    /// <summary>Opens a library at once; throws <see cref="IndexUnavailableException"/> when it cannot.</summary>
    public static EvidenceLibrary Open(string corpusFolder, string indexFolder, SearchProfile? profile = null)
    {
        var library = new EvidenceLibrary(corpusFolder, indexFolder, profile);
        library.Open();
        return library;
    }

    /// <summary>
    /// Opens (or creates) the index with the corpus's vocabulary, or, when vocabulary.yaml is missing or broken,
    /// with the vocabulary saved in the index, so the last good index stays searchable. Does nothing when open.
    /// </summary>
    public void Open()
    {
        lock (_opening)
        {
            if (_index is not null) return;
            try
            {
                var file = VocabularyFile.Read(new Corpus.Loading.CorpusFolder(CorpusFolder));
                if (file is not { IsValid: true })
                    file = VocabularyFile.FromText(EvidenceIndex.StoredVocabulary(IndexFolder) ?? file?.Text ?? "");
                var index = EvidenceIndex.Open(IndexFolder, file.Vocabulary, file.Hash, file.Text, Profile);
                _sync = new CorpusSync(index, CorpusFolder) { ConfirmMassDeletions = ConfirmMassDeletions, Progress = Progress };
                _index = index;
            }
            catch (LockObtainFailedException error)
            {
                throw new IndexUnavailableException("cannot open the index: another process is writing to it", error);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new IndexUnavailableException($"cannot open the index: {error.GetType().Name}", error);
            }
        }
    }

    /// <summary>Why the index found on disk was thrown away when the library opened (it could not be read), or null.</summary>
    public string? DiscardedIndex => _index?.Discarded;

    private EvidenceIndex Index => _index ?? throw new IndexUnavailableException("the index is not open yet");

    /// <summary>A full pass: every file on disk compared with the index. See <see cref="Sync(IEnumerable{string})"/> for failures.</summary>
    public SyncReport Sync() => Pass(sync => sync.SyncAll());

    /// <summary>
    /// An incremental pass over the given files (full paths, created, changed or deleted). A pass that fails
    /// (the corpus folder vanished, the disk is full) leaves nothing behind: its buffered changes are discarded,
    /// so the index stays at its last commit, and the error is thrown for the caller to report.
    /// </summary>
    public SyncReport Sync(IEnumerable<string> changedFiles) => Pass(sync => sync.SyncFiles(changedFiles));

    /// <summary>
    /// The files a full pass would have to look at (see <see cref="CorpusSync.FindChanges"/>), for an incremental
    /// <see cref="Sync(IEnumerable{string})"/>; null when only a full pass will do. Writes nothing and takes no lock,
    /// so it can run on another thread while passes are applied.
    /// </summary>
    public List<string>? FindChanges(CancellationToken cancellationToken = default)
    {
        _ = Index;
        return _sync!.FindChanges(cancellationToken);
    }

    private SyncReport Pass(Func<CorpusSync, SyncReport> pass)
    {
        var index = Index;
        lock (_syncing)
        {
            try
            {
                return pass(_sync!);
            }
            catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
            {
                try
                {
                    index.DiscardUncommitted();
                }
                catch (Exception reopen) when (reopen is IOException or UnauthorizedAccessException or LockObtainFailedException)
                {
                    // The writer could not be reopened yet; the next pass finds it closed, fails, and tries again.
                }
                throw;
            }
        }
    }

    /// <summary>The corpus file the running pass has been reading longest, and for how long; null between reads.</summary>
    public (string File, TimeSpan For)? LongestRead => _sync?.LongestRead;

    public ConceptVocabulary Vocabulary => Index.Vocabulary;

    public int DocumentCount => Index.DocumentCount;

    /// <summary>Names the commit searches see now, unique in the process: a cache keyed by it never serves an older commit.</summary>
    public string CommitId
    {
        get
        {
            var index = Index;
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index.Instance}:{index.Version}");
        }
    }

    /// <summary>A page of hits; with a <paramref name="semantic"/> ranker, free text by relevance has its top hits re-ranked by meaning.</summary>
    public SearchResult Search(EvidenceQuery query, ISemanticRanker? semantic = null) => new EvidenceSearcher(Index, semantic).Search(query);

    /// <summary>The whole record of one source, or null when no source has the id (or it is not a valid id).</summary>
    public StudySummary? Find(string id) => SourceId.IsValid(id) ? new EvidenceSearcher(Index).Find(id) : null;

    /// <summary>
    /// Runs <paramref name="read"/> over the facts of every live source, one block per segment in index order (see
    /// <see cref="SegmentFactTables"/>), while the commit it reads stays open: a summary counts from the facts and
    /// reads whole records only for what it lists.
    /// </summary>
    public T ReadFacts<T>(Func<IReadOnlyList<Corpus.Facts.FactBlock>, T> read) => ReadFacts(new EvidenceQuery(), read);

    /// <summary>The same over the sources that pass the query's filters (its text is ignored): a block's live rows are those.</summary>
    public T ReadFacts<T>(EvidenceQuery filters, Func<IReadOnlyList<Corpus.Facts.FactBlock>, T> read)
    {
        using var lease = Index.Acquire();
        var filter = FilterQuery.All(FilterQuery.Build(filters)) is { } all ? lease.Searcher.CreateNormalizedWeight(all) : null;
        return read([.. lease.Searcher.IndexReader.Leaves.Select(leaf => SegmentFactTables.Block(leaf.AtomicReader, filter is null ? null : FilterQuery.Matching(filter, leaf)))]);
    }

    /// <summary>Sources per concept id, counted once per commit (every keystroke of an autocomplete asks).</summary>
    public IReadOnlyDictionary<string, int> ConceptCounts()
    {
        var index = Index;
        using var lease = index.Acquire();
        return CountsOf(index, lease).All(lease.Searcher);
    }

    /// <summary>This commit's counts, kept until the next commit.</summary>
    private CountsAt CountsOf(EvidenceIndex index, SearcherLease lease)
    {
        var version = ((DirectoryReader)lease.Searcher.IndexReader).Version;
        return _counts is { } kept && kept.IsOf(index, version) ? kept : _counts = new CountsAt(index, version, index.Vocabulary);
    }

    /// <summary>
    /// What of a question the library does not cover (<see cref="QueryCoverage"/>). It counts only the concepts the
    /// question names (and, when one is not covered, its neighbours), each once per commit: counting every concept
    /// after each commit put that cost on the first search after every edit (bench/README.md, "100k on the same main").
    /// </summary>
    public QueryCoverage Coverage(EvidenceQuery query)
    {
        var index = Index;
        using var lease = index.Acquire();
        var counts = CountsOf(index, lease);
        return QueryCoverage.Of(lease.Searcher, index.Analyzer, id => counts.Count(lease.Searcher, id), query, index.Profile.Ranking.Fields.Select(f => f.Field));
    }

    /// <summary>Up to <paramref name="max"/> concepts for what a user has typed, by label, synonym or lay word.</summary>
    public IReadOnlyList<ConceptSuggestion> Suggest(string typed, int max) => ConceptSuggestions.For(Vocabulary, ConceptCounts(), typed, max);

    /// <summary>The open index itself, for tools and benchmarks that measure the layers below; the service asks the library.</summary>
    public EvidenceIndex OpenIndex => Index;

    public void Dispose()
    {
        lock (_opening)
        {
            lock (_syncing)
            {
                _index?.Dispose();
                _index = null;
            }
        }
    }
}
