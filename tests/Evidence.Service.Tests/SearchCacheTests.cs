using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Service.Indexing;
using Evidence.Service.Search;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Evidence.Service.Tests;

/// <summary>The search cache answers a repeat from memory, and never across a commit or with the cache off.</summary>
public sealed class SearchCacheTests : IDisposable
{
    private readonly TestCorpus _corpus = new();
    private readonly EvidenceLibrary _library;
    private int _searches;

    public SearchCacheTests()
    {
        _library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath);
        _library.Sync();
    }

    private EvidenceResponse Search() => new(++_searches, 1, 20, [], new EvidenceFacets([], [], [], [], []), Evidence.Synthesis.Coverage.Full);

    private static SearchCache Cache(int entries) => new(Options.Create(new EvidenceOptions { SearchCacheEntries = entries }), Options.Create(new JsonOptions()));

    [Fact]
    public async Task Repeat_IsAnsweredFromTheCache_AnotherQueryIsNot()
    {
        using var cache = Cache(512);

        var first = await cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars" }, Search);
        var again = await cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars" }, Search);
        await cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars", Page = 2 }, Search);

        Assert.Same(first, again);
        Assert.Equal(2, _searches);
    }

    [Fact]
    public async Task ConcurrentRequests_ForAPageNotYetCached_SearchOnce()
    {
        using var cache = Cache(512);
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        EvidenceResponse SlowSearch()
        {
            started.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            return Search();
        }

        var first = Task.Run(() => cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars" }, SlowSearch).AsTask());
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));
        var waiting = Enumerable.Range(0, 4).Select(_ => Task.Run(() => cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars" }, SlowSearch).AsTask())).ToList();
        await Task.Delay(100);
        release.Set();
        var pages = await Task.WhenAll([first, .. waiting]);

        Assert.Equal(1, _searches);
        Assert.All(pages, page => Assert.Same(pages[0], page));
    }

    [Fact]
    public async Task Commit_MakesTheNextRepeatSearchAgain()
    {
        using var cache = Cache(512);
        await cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars" }, Search);

        _corpus.Delete("fixture-striae-series");
        _library.Sync();
        await cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars" }, Search);

        Assert.Equal(2, _searches);
    }

    [Fact]
    public async Task ZeroEntries_TurnsTheCacheOff()
    {
        using var cache = Cache(0);

        await cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars" }, Search);
        await cache.GetOrAddAsync(_library, new EvidenceQuery { Text = "acne scars" }, Search);

        Assert.False(cache.Enabled);
        Assert.Equal(2, _searches);
    }

    [Fact]
    public async Task CachedAnswer_AndItsRepeat_AreTheJsonOfAnAnswerWithTheCacheOff()
    {
        await using var cached = new EvidenceApplication();
        await using var uncached = new EvidenceApplication(settings: new Dictionary<string, string> { ["Evidence:SearchCacheEntries"] = "0" });
        using var cachedClient = await cached.StartAsync();
        using var uncachedClient = await uncached.StartAsync();
        const string url = "/api/evidence?q=acne%20scars&pageSize=100";

        using var plain = await uncachedClient.GetAsync(url);
        using var first = await cachedClient.GetAsync(url);
        using var repeat = await cachedClient.GetAsync(url);

        var expected = await plain.Content.ReadAsStringAsync();
        Assert.Contains("\"items\":[{", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await first.Content.ReadAsStringAsync());
        Assert.Equal(expected, await repeat.Content.ReadAsStringAsync());
        Assert.Equal(plain.Content.Headers.ContentType, repeat.Content.Headers.ContentType);
    }

    public void Dispose()
    {
        _library.Dispose();
        _corpus.Dispose();
    }
}
