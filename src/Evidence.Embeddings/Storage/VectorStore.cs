using System.Collections.Concurrent;
using System.Text;
using Evidence.Embeddings.Model;

namespace Evidence.Embeddings.Storage;

/// <summary>
/// Sentence vectors by the content hash of the corpus file they were computed from, in one append-only file in the
/// index folder (<see cref="FolderName"/>). Keyed by content, a vector is right for every document with that hash in
/// any commit, before or after a rebuild, so the file needs no commit of its own to stay consistent with the index:
/// records are appended and flushed to disk before they are used, a record torn by a crash is cut off when the file is
/// opened, and <see cref="Compact"/> replaces the file by an atomic rename. A file made by another model
/// (<see cref="SentenceEncoder.ModelId"/>) is started afresh. Thread-safe.
/// </summary>
public sealed class VectorStore : IDisposable
{
    /// <summary>The store's folder inside an index folder; Lucene ignores sub-folders.</summary>
    public const string FolderName = "embeddings";

    private const string FileName = "vectors.bin";
    private const string Magic = "EVIDENCE-VECTORS-1";
    private const int HashBytes = 32;
    private const int RecordBytes = HashBytes + SentenceEncoder.Dimensions * sizeof(float);

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly object _writeLock = new();
    private readonly string _path;
    private readonly string _modelId;
    private FileStream _file;
    private long _version;

    private VectorStore(string path, string modelId, FileStream file)
    {
        _path = path;
        _modelId = modelId;
        _file = file;
    }

    /// <summary>Opens (or creates) the store in <paramref name="indexFolder"/>/<see cref="FolderName"/>.</summary>
    public static VectorStore Open(string indexFolder, string modelId = SentenceEncoder.ModelId)
    {
        var folder = Path.Combine(indexFolder, FolderName);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var store = new VectorStore(path, modelId, file);
        store.Load();
        return store;
    }

    /// <summary>How many vectors the store holds.</summary>
    public int Count => _vectors.Count;

    /// <summary>Grows with every vector added: a search answered before may now be ranked differently.</summary>
    public long Version => Interlocked.Read(ref _version);

    public bool Contains(string contentHash) => _vectors.ContainsKey(contentHash);

    public float[]? Find(string contentHash) => _vectors.TryGetValue(contentHash, out var vector) ? vector : null;

    /// <summary>Appends vectors and flushes them to disk; only then are they found.</summary>
    public void Add(IReadOnlyList<(string ContentHash, float[] Vector)> vectors)
    {
        if (vectors.Count == 0) return;
        var buffer = new byte[RecordBytes * vectors.Count];
        for (var i = 0; i < vectors.Count; i++) WriteRecord(buffer.AsSpan(i * RecordBytes, RecordBytes), vectors[i].ContentHash, vectors[i].Vector);
        lock (_writeLock)
        {
            _file.Seek(0, SeekOrigin.End);
            _file.Write(buffer);
            _file.Flush(flushToDisk: true);
            foreach (var (hash, vector) in vectors) _vectors[hash] = vector;
            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>
    /// Rewrites the file with only the vectors of <paramref name="live"/> hashes when the others (edited or deleted
    /// files' old versions) have come to outnumber them, then renames it over the old file.
    /// </summary>
    public bool Compact(IReadOnlySet<string> live)
    {
        lock (_writeLock)
        {
            var dead = _vectors.Keys.Count(hash => !live.Contains(hash));
            if (dead < 64 || dead < _vectors.Count - dead) return false;
            var temporary = _path + ".compacting";
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                WriteHeader(file);
                var record = new byte[RecordBytes];
                foreach (var (hash, vector) in _vectors.Where(pair => live.Contains(pair.Key)))
                {
                    WriteRecord(record, hash, vector);
                    file.Write(record);
                }
                file.Flush(flushToDisk: true);
            }
            _file.Dispose();
            File.Move(temporary, _path, overwrite: true);
            _file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            foreach (var hash in _vectors.Keys.Where(hash => !live.Contains(hash)).ToList()) _vectors.TryRemove(hash, out _);
            Interlocked.Increment(ref _version);
            return true;
        }
    }

    /// <summary>Copies another store's vectors of <paramref name="wanted"/> hashes in, so a rebuild does not embed unchanged files again.</summary>
    public int CopyFrom(VectorStore other, IReadOnlySet<string> wanted)
    {
        var copied = wanted.Where(hash => !Contains(hash)).Select(hash => (hash, other.Find(hash))).Where(pair => pair.Item2 is not null)
            .Select(pair => (pair.hash, pair.Item2!)).ToList();
        Add(copied);
        return copied.Count;
    }

    private void Load()
    {
        var header = Header();
        if (_file.Length < header.Length || !ReadExactly(header.Length).AsSpan().SequenceEqual(header))
        {
            // New, or made by another model or layout: those vectors cannot be compared with this model's.
            _file.SetLength(0);
            WriteHeader(_file);
            _file.Flush(flushToDisk: true);
            return;
        }
        var records = (_file.Length - header.Length) / RecordBytes;
        var record = new byte[RecordBytes];
        for (var i = 0; i < records; i++)
        {
            _file.ReadExactly(record);
            var hash = Convert.ToHexStringLower(record.AsSpan(0, HashBytes));
            var vector = new float[SentenceEncoder.Dimensions];
            record.AsSpan(HashBytes).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()));
            _vectors[hash] = vector;
        }
        // A record cut short by a crash while appending: drop it, its document is simply embedded again.
        _file.SetLength(header.Length + records * RecordBytes);
        _file.Seek(0, SeekOrigin.End);
    }

    private byte[] ReadExactly(int count)
    {
        var bytes = new byte[count];
        _file.Seek(0, SeekOrigin.Begin);
        _file.ReadExactly(bytes);
        return bytes;
    }

    private byte[] Header() => Encoding.UTF8.GetBytes($"{Magic}\n{_modelId}\n{SentenceEncoder.Dimensions}\n");

    private void WriteHeader(Stream stream) => stream.Write(Header());

    private static void WriteRecord(Span<byte> record, string contentHash, float[] vector)
    {
        if (Convert.FromHexString(contentHash, record[..HashBytes], out _, out var written) != System.Buffers.OperationStatus.Done || written != HashBytes)
            throw new ArgumentException($"not a SHA-256 content hash: '{contentHash}'", nameof(contentHash));
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()).CopyTo(record[HashBytes..]);
    }

    public void Dispose()
    {
        lock (_writeLock) _file.Dispose();
    }
}
