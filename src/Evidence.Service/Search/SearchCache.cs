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

    private const int DefaultPage = 20;

    public bool Enabled => _entries > 0;

    /// <param name="rankingVersion">The sentence vectors' version (-1 without them): new vectors re-rank, so they change the key too.</param>
    public CachedPage GetOrAdd(EvidenceLibrary library, EvidenceQuery query, Func<EvidenceResponse> search, long rankingVersion = -1)
    {
        var key = Enabled ? $"{library.CommitId}:{rankingVersion}:{JsonSerializer.Serialize(query)}" : null;
        if (key is not null && _cache.TryGetValue(key, out CachedPage? cached) && cached is not null) return cached;
        var response = search();
        var page = CachedPage.Serialise(response, json.Value.SerializerOptions);
        // Entries of older versions are never asked for again; they age out by size and by time.
        if (key is not null) _cache.Set(key, page, new MemoryCacheEntryOptions { Size = Math.Max(1, response.Items.Count), SlidingExpiration = TimeSpan.FromMinutes(10) });
        return page;
    }

    public void Dispose() => _cache.Dispose();
}
