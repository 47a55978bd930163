using Evidence.Search.Indexing;

namespace Evidence.Search.Tests;

/// <summary>A fresh temporary corpus and a real on-disk index over it, synced once.</summary>
public abstract class IndexTestBase : IDisposable
{
    protected IndexTestBase()
    {
        Corpus = new TestCorpus();
        Index = CorpusSync.OpenIndex(Corpus.IndexPath, Corpus.CorpusPath);
        Sync = new CorpusSync(Index, Corpus.CorpusPath);
        FirstPass = Sync.SyncAll();
    }

    protected TestCorpus Corpus { get; }

    protected EvidenceIndex Index { get; private set; }

    protected CorpusSync Sync { get; private set; }

    protected SyncReport FirstPass { get; }

    /// <summary>Closes and reopens the index, as a restarted service would.</summary>
    protected void Reopen()
    {
        Index.Dispose();
        Index = CorpusSync.OpenIndex(Corpus.IndexPath, Corpus.CorpusPath);
        Sync = new CorpusSync(Index, Corpus.CorpusPath);
    }

    public void Dispose()
    {
        Index.Dispose();
        Corpus.Dispose();
        GC.SuppressFinalize(this);
    }
}
