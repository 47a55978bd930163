using System.Net;
using Evidence.Service.Embeddings;
using Evidence.Service.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Evidence.Browser.Tests.Infrastructure;

/// <summary>
/// The real service, page and API, on a real Kestrel port (loopback, chosen by the OS) over its own temporary
/// corpus and index: the pattern of Evidence.Service.Tests' EvidenceApplication, with the page's extra fixtures.
/// </summary>
public sealed class EvidenceSite : WebApplicationFactory<Program>
{
    private readonly bool _hybridRanking;

    private EvidenceSite(string? corpusPath, bool hybridRanking = false)
    {
        _hybridRanking = hybridRanking;
        Corpus = new TestCorpus();
        PageFixtures.WriteTo(Corpus);
        CorpusPath = corpusPath ?? Corpus.CorpusPath;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public TestCorpus Corpus { get; }

    public string CorpusPath { get; }

    /// <summary>The address of the running site, "http://127.0.0.1:port/".</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The small fixture corpus (tests/Shared/TestCorpus.cs plus <see cref="PageFixtures"/>), for exact assertions.</summary>
    public static Task<EvidenceSite> StartAsync() => new EvidenceSite(null).RunAsync();

    /// <summary>The fixture corpus with the hybrid ranking on: started once every source has its sentence vector.</summary>
    public static async Task<EvidenceSite> StartWithHybridRankingAsync()
    {
        var site = await new EvidenceSite(null, hybridRanking: true).RunAsync();
        var semantic = site.Services.GetRequiredService<SemanticIndex>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await semantic.WaitUntilAsync(progress => progress is { Pending: 0, Done: > 0 } && semantic.Ranker is not null, timeout.Token);
        return site;
    }

    /// <summary>A copy of the repository's seed corpus, which grows over time: assert no counts on it.</summary>
    public static Task<EvidenceSite> StartOnSeedCorpusAsync()
    {
        var copy = Path.Combine(Path.GetTempPath(), "evidence-tests", "seed-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(RepositoryRoot(), "corpus"), copy);
        return new EvidenceSite(copy).RunAsync();
    }

    private async Task<EvidenceSite> RunAsync()
    {
        StartServer();
        Client = CreateClient();
        BaseAddress = Client.BaseAddress!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await Services.GetRequiredService<IndexStatus>().WhenCaughtUpAsync(timeout.Token);
        return this;
    }

    /// <summary>
    /// Fails the calling test, with the endpoint's name, when the service does not answer <paramref name="path"/>
    /// with success: the page needs it, so a removed or broken endpoint must fail the page's tests, not skip them.
    /// </summary>
    public async Task RequireEndpointAsync(string path, HttpContent? postBody = null)
    {
        using var response = postBody is null ? await Client.GetAsync(path) : await Client.PostAsync(path, postBody);
        Assert.True(response.IsSuccessStatusCode,
            $"{(postBody is null ? "GET" : "POST")} {path} answers {(int)response.StatusCode}; the page needs this endpoint");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Evidence:CorpusPath", CorpusPath);
        builder.UseSetting("Evidence:IndexPath", Corpus.IndexPath);
        builder.UseSetting("Evidence:RescanSeconds", "3600");
        builder.UseSetting("Evidence:DebounceMilliseconds", "20");
        // Off unless a test turns it on: each host would otherwise load the model and embed its corpus.
        builder.UseSetting("Evidence:Embeddings:Enabled", _hybridRanking ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Corpus.Dispose();
        if (CorpusPath != Corpus.CorpusPath)
        {
            try { Directory.Delete(CorpusPath, recursive: true); }
            catch (IOException) { /* under the temp path anyway */ }
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Evidence.sln"))) return folder.FullName;
        throw new InvalidOperationException("Evidence.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
