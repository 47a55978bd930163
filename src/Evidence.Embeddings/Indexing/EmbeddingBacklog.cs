using System.Diagnostics;
using Evidence.Embeddings.Model;
using Evidence.Embeddings.Storage;
using Evidence.Search;
using Evidence.Search.Indexing;
using Lucene.Net.Util;

namespace Evidence.Embeddings.Indexing;

/// <summary>How far the vectors have caught up with the committed index: documents waiting for one, and documents that have one.</summary>
public readonly record struct EmbeddingProgress(int Pending, int Done);

/// <summary>
/// Computes the vectors the committed index lacks, off the edit path: a document is searchable lexically as soon as
/// its commit is, and by meaning once its vector is stored. A file whose content hash already has a vector is never
/// embedded again (after a restart, a vocabulary change or a rebuild). Works in rounds of at most
/// <see cref="RoundSize"/> documents over a fresh snapshot, so an edit made during a long backlog is seen soon.
/// </summary>
public sealed class EmbeddingBacklog(EvidenceIndex index, VectorStore store, Func<SentenceEncoder> encoder)
{
    public const int BatchSize = 8;

    public const int RoundSize = 256;

    /// <summary>The documents of the committed index without a vector, and with one.</summary>
    public EmbeddingProgress Progress()
    {
        var (pending, total) = (0, 0);
        foreach (var hash in CommittedHashes())
        {
            total++;
            if (!store.Contains(hash)) pending++;
        }
        return new EmbeddingProgress(pending, total - pending);
    }

    /// <summary>Embeds every document without a vector; reports (done, pending at the start) after each batch. Returns how many were embedded.</summary>
    public int Run(IProgress<EmbeddingRate>? progress = null, CancellationToken cancellationToken = default)
    {
        var embedded = 0;
        var clock = Stopwatch.StartNew();
        var backlog = Progress().Pending;
        while (!cancellationToken.IsCancellationRequested)
        {
            var round = RunRound(cancellationToken, done =>
            {
                progress?.Report(new EmbeddingRate(embedded + done, Math.Max(backlog, embedded + done), clock.Elapsed));
            });
            if (round == 0) break;
            embedded += round;
        }
        return embedded;
    }

    /// <summary>One snapshot's worth: at most <see cref="RoundSize"/> documents.</summary>
    private int RunRound(CancellationToken cancellationToken, Action<int> reportDone)
    {
        using var lease = index.Acquire();
        var wanted = new List<(int Doc, string Hash)>();
        var scheduled = new HashSet<string>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var hashes = leaf.AtomicReader.GetBinaryDocValues(IndexFields.ContentHash);
            if (hashes is null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc && wanted.Count < RoundSize; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                hashes.Get(doc, scratch);
                var hash = scratch.Utf8ToString();
                if (!store.Contains(hash) && scheduled.Add(hash)) wanted.Add((leaf.DocBase + doc, hash));
            }
        }
        if (wanted.Count == 0) return 0;
        var model = encoder();
        var done = 0;
        foreach (var batch in wanted.Chunk(BatchSize))
        {
            if (cancellationToken.IsCancellationRequested) break;
            var texts = batch.Select(item => EmbeddingText.For(StoredRecords.Read(lease.Searcher, item.Doc))).ToList();
            var vectors = model.Embed(texts);
            store.Add([.. batch.Select((item, i) => (item.Hash, vectors[i]))]);
            done += batch.Length;
            reportDone(done);
        }
        return done;
    }

    /// <summary>The content hashes of the committed index; also what <see cref="VectorStore.Compact"/> keeps.</summary>
    public HashSet<string> CommittedHashes()
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in index.ReadFileStates().Values) hashes.Add(state.ContentHash);
        return hashes;
    }
}

/// <summary>Embedding progress for a progress line: documents embedded of those pending, and the time so far.</summary>
public readonly record struct EmbeddingRate(int Done, int Total, TimeSpan Elapsed)
{
    public double PerSecond => Done / Math.Max(0.001, Elapsed.TotalSeconds);

    public TimeSpan Remaining => TimeSpan.FromSeconds((Total - Done) / Math.Max(0.001, PerSecond));
}
