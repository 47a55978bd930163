using System.Collections.Concurrent;
using System.Text.Json;
using Evidence.Search;
using Evidence.Search.Querying;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Evidence.Service.Search;

/// <summary>
/// Recent search responses, each kept for the index commit it was computed on: a commit gives a new index
/// version, so an edited corpus is never answered from the cache. Searches repeat (the page asks again when
/// a view is re-opened, people page back, popular questions recur) and a broad free-text search over 100,000
/// sources costs milliseconds of scoring; a repeat costs a dictionary lookup. Size in entries:
/// <see cref="EvidenceOptions.SearchCacheEntries"/>, 0 turns it off. A response is kept as its UTF-8 JSON
/// (<see cref="CachedPage"/>), serialised once with the API's JSON settings, so a repeat is not serialised again.
/// </summary>
public sealed class SearchCache(IOptions<Indexing.EvidenceOptions> options, IOptions<JsonOptions> json) : IDisposable
{
    private readonly int _entries = options.Value.SearchCacheEntries;
    // Sized in hits, so that a cache of 512 default pages (20 hits each) cannot become 512 pages of 100: memory stays
    // bounded by what the option says, 10–20 MB at the default (1–2 KB of JSON a hit).
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.SearchCacheEntries) * (long)DefaultPage });

    // Searches being computed, by key: a request for a page that is not cached yet awaits the one computing it instead
    // of searching too (16 clients starting on the same 34 questions at 1M each searched). It awaits without holding a
    // thread: waiting on a thread-pool thread starved the pool under load (16 client timeouts instead of none).
    private readonly ConcurrentDictionary<string, Task<CachedPage>> _computing = new(StringComparer.Ordinal);

    private const int DefaultPage = 20;

    public bool Enabled => _entries > 0;

    /// <param name="rankingVersion">The sentence vectors' version (-1 without them): new vectors re-rank, so they change the key too.</param>
    public async ValueTask<CachedPage> GetOrAddAsync(EvidenceLibrary library, EvidenceQuery query, Func<EvidenceResponse> search, long rankingVersion = -1)
    {
        if (!Enabled) return CachedPage.Serialise(search(), json.Value.SerializerOptions);
        var key = $"{library.CommitId}:{rankingVersion}:{JsonSerializer.Serialize(query)}";
        if (_cache.TryGetValue(key, out CachedPage? cached) && cached is not null) return cached;
        var computing = new TaskCompletionSource<CachedPage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _computing.GetOrAdd(key, computing.Task);
        if (first != computing.Task) return await first;
        try
        {
            var response = search();
            var page = CachedPage.Serialise(response, json.Value.SerializerOptions);
            // Entries of older versions are never asked for again; they age out by size and by time.
            _cache.Set(key, page, new MemoryCacheEntryOptions { Size = Math.Max(1, response.Items.Count), SlidingExpiration = TimeSpan.FromMinutes(10) });
            computing.SetResult(page);
            return page;
        }
        catch (Exception error)
        {
            computing.SetException(error);
            throw;
        }
        finally
        {
            _computing.TryRemove(new KeyValuePair<string, Task<CachedPage>>(key, computing.Task));
        }
    }

    public void Dispose() => _cache.Dispose();
}
