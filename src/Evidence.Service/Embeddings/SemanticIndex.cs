using Evidence.Embeddings.Indexing;
using Evidence.Embeddings.Model;
using Evidence.Embeddings.Ranking;
using Evidence.Embeddings.Storage;
using Evidence.Search.Ranking;
using Microsoft.Extensions.Options;

namespace Evidence.Service.Embeddings;

/// <summary>
/// The service's sentence vectors: the model, the store beside the index, and how far the store has caught up with
/// the committed index. <see cref="Ranker"/> is null (lexical ranking) while embedding is off or the model is loading.
/// </summary>
public sealed class SemanticIndex(IOptions<EmbeddingOptions> options) : IDisposable
{
    private readonly EmbeddingOptions _options = options.Value;
    private volatile SentenceEncoder? _encoder;
    private volatile VectorStore? _store;
    private volatile HybridRanker? _ranker;
    private EmbeddingProgress _progress;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Enabled => _options.Enabled;

    /// <summary>The hybrid ranker, once the model and the store are open; null while embedding is off or starting.</summary>
    public ISemanticRanker? Ranker => _ranker;

    /// <summary>Changes whenever vectors are added, so a cached search ranked without them is not served again.</summary>
    public long Version => _store?.Version ?? 0;

    /// <summary>Pending and done as of the last check of the committed index.</summary>
    public EmbeddingProgress Progress
    {
        get => _progress;
        internal set
        {
            _progress = value;
            Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    /// <summary>Awaits progress reports until <paramref name="condition"/> holds (tests and clients wait on this, not on a clock).</summary>
    public async Task WaitUntilAsync(Func<EmbeddingProgress, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = Volatile.Read(ref _changed).Task;
            if (condition(_progress)) return;
            await next.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Documents embedded since the service started (an unchanged corpus embeds none).</summary>
    public int EmbeddedSinceStart { get; internal set; }

    internal VectorStore? Store => _store;

    internal SentenceEncoder Encoder => _encoder ?? throw new InvalidOperationException("the model is not loaded");

    /// <summary>Opens the store in the index folder and loads the model (two seconds or so, off the request path).</summary>
    internal void Open(string indexFolder)
    {
        _store = VectorStore.Open(indexFolder);
        _encoder = new SentenceEncoder(threads: _options.Threads);
        _ranker = new HybridRanker(_encoder, _store, new HybridOptions { LexicalWeight = _options.LexicalWeight, Depth = _options.Depth });
    }

    public void Dispose()
    {
        _ranker = null;
        _encoder?.Dispose();
        _store?.Dispose();
    }
}
