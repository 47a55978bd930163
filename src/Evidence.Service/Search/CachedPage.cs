using System.Buffers;
using System.Text.Json;

namespace Evidence.Service.Search;

/// <summary>
/// A page of <c>GET /api/evidence</c> as the UTF-8 JSON it was serialised to once, when it was cached: a repeat writes
/// these bytes as they are instead of serialising the page again. The JSON is kept in chunks below the large-object
/// threshold (85,000 bytes): a page of 100 hits is about 110 KB, and one array of it per cached page would be a
/// large object, whose allocations bring on full collections of a heap that holds a million sources' facets and records.
/// </summary>
public sealed class CachedPage : IResult
{
    private const int ChunkBytes = 16 * 1024;

    private readonly List<(byte[] Bytes, int Length)> _chunks = [];

    private CachedPage()
    {
    }

    private long Length { get; set; }

    public static CachedPage Serialise<T>(T value, JsonSerializerOptions options)
    {
        var page = new CachedPage();
        var chunks = new Chunks(page);
        using (var writer = new Utf8JsonWriter(chunks, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, SkipValidation = true }))
        {
            JsonSerializer.Serialize(writer, value, options);
        }
        chunks.Close();
        return page;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = Length;
        foreach (var (bytes, length) in _chunks) await response.Body.WriteAsync(bytes.AsMemory(0, length), httpContext.RequestAborted);
    }

    /// <summary>Hands the JSON writer one chunk at a time, each at least <see cref="ChunkBytes"/> or what it asks for.</summary>
    private sealed class Chunks(CachedPage page) : IBufferWriter<byte>
    {
        private byte[] _current = [];
        private int _used;

        public void Advance(int count) => _used += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).AsMemory(_used);

        public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).AsSpan(_used);

        private byte[] Room(int sizeHint)
        {
            if (_current.Length - _used >= Math.Max(sizeHint, 1)) return _current;
            Close();
            _current = new byte[Math.Max(sizeHint, ChunkBytes)];
            return _current;
        }

        public void Close()
        {
            if (_used > 0) page._chunks.Add((_current, _used));
            page.Length += _used;
            _used = 0;
        }
    }
}
