namespace Evidence.Service.Tests;

/// <summary>One service over the bundled seed corpus (read only; the index goes to a temporary folder), shared by a test class.</summary>
public sealed class SeedCorpusFixture : IAsyncLifetime
{
    public EvidenceApplication App { get; } = new(RepositoryPaths.Corpus);

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await App.StartAsync();

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
