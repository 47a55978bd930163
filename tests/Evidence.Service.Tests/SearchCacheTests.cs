using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Service.Indexing;
using Evidence.Service.Search;
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

    private EvidenceResponse Search() => new(++_searches, 1, 20, [], new EvidenceFacets([], [], [], [], []));

    private static SearchCache Cache(int entries) => new(Options.Create(new EvidenceOptions { SearchCacheEntries = entries }));

    [Fact]
    public void Repeat_IsAnsweredFromTheCache_AnotherQueryIsNot()
    {
        using var cache = Cache(512);

        var first = cache.GetOrAdd(_library, new EvidenceQuery { Text = "acne scars" }, Search);
        var again = cache.GetOrAdd(_library, new EvidenceQuery { Text = "acne scars" }, Search);
        cache.GetOrAdd(_library, new EvidenceQuery { Text = "acne scars", Page = 2 }, Search);

        Assert.Same(first, again);
        Assert.Equal(2, _searches);
    }

    [Fact]
    public void Commit_MakesTheNextRepeatSearchAgain()
    {
        using var cache = Cache(512);
        cache.GetOrAdd(_library, new EvidenceQuery { Text = "acne scars" }, Search);

        _corpus.Delete("fixture-striae-series");
        _library.Sync();
        cache.GetOrAdd(_library, new EvidenceQuery { Text = "acne scars" }, Search);

        Assert.Equal(2, _searches);
    }

    [Fact]
    public void ZeroEntries_TurnsTheCacheOff()
    {
        using var cache = Cache(0);

        cache.GetOrAdd(_library, new EvidenceQuery { Text = "acne scars" }, Search);
        cache.GetOrAdd(_library, new EvidenceQuery { Text = "acne scars" }, Search);

        Assert.False(cache.Enabled);
        Assert.Equal(2, _searches);
    }

    public void Dispose()
    {
        _library.Dispose();
        _corpus.Dispose();
    }
}
