using Evidence.Search.Indexing;
using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

/// <summary>A fresh temporary corpus and a real on-disk library over it, synced once.</summary>
public abstract class IndexTestBase : IDisposable
{
    protected IndexTestBase()
    {
        Corpus = new TestCorpus();
        Library = EvidenceLibrary.Open(Corpus.CorpusPath, Corpus.IndexPath);
        FirstPass = Library.Sync();
    }

    protected TestCorpus Corpus { get; }

    protected EvidenceLibrary Library { get; private set; }

    protected EvidenceIndex Index => Library.OpenIndex;

    protected SyncReport FirstPass { get; }

    /// <summary>Closes and reopens the library, as a restarted service would.</summary>
    protected void Reopen()
    {
        Library.Dispose();
        Library = EvidenceLibrary.Open(Corpus.CorpusPath, Corpus.IndexPath);
    }

    public void Dispose()
    {
        Library.Dispose();
        Corpus.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The records synthesis reads (no long texts) of the live sources passing <paramref name="filters"/>, in index order.</summary>
    protected List<Evidence.Corpus.Model.StudySummary> SynthesisRecords(EvidenceQuery? filters = null) =>
        Library.ReadFacts(filters ?? new EvidenceQuery(), blocks =>
            blocks.SelectMany(block => Enumerable.Range(0, block.Table.Count).Where(block.IsLive).Select(block.Record)).ToList());
}
