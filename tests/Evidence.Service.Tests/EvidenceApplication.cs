using System.Net;
using Evidence.Search;
using Evidence.Service.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Evidence.Service.Tests;

/// <summary>
/// The real service on a real Kestrel port (loopback, chosen by the OS), over its own temporary corpus and
/// index. <see cref="StartAsync"/> returns once the first indexing pass is done.
/// </summary>
public sealed class EvidenceApplication : WebApplicationFactory<Program>
{
    public EvidenceApplication(string? corpusPath = null, IReadOnlyDictionary<string, string>? settings = null, string? indexPath = null)
    {
        Corpus = new TestCorpus();
        CorpusPath = corpusPath ?? Corpus.CorpusPath;
        IndexPath = indexPath ?? Corpus.IndexPath;
        Settings = settings ?? new Dictionary<string, string>();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Extra configuration (an admin key, a rate limit...) on top of the defaults below.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public string IndexPath { get; }

    public TestCorpus Corpus { get; }

    public string CorpusPath { get; }

    public IndexStatus Status => Services.GetRequiredService<IndexStatus>();

    public EvidenceLibrary Library => Services.GetRequiredService<EvidenceLibrary>();

    public CorpusIndexer Indexer => Services.GetRequiredService<CorpusIndexer>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Evidence:CorpusPath", CorpusPath);
        builder.UseSetting("Evidence:IndexPath", IndexPath);
        builder.UseSetting("Evidence:RescanSeconds", "3600");
        builder.UseSetting("Evidence:DebounceMilliseconds", "20");
        // Off unless a test turns it on: each host would otherwise load the model and embed its corpus (HybridRankingTests do).
        builder.UseSetting("Evidence:Embeddings:Enabled", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public async Task<HttpClient> StartAsync()
    {
        StartServer();
        var client = CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Status.WhenCaughtUpAsync(timeout.Token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Corpus.Dispose();
    }
}
