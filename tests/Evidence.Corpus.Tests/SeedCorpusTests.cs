using Evidence.Corpus.Loading;

namespace Evidence.Corpus.Tests;

public sealed class SeedCorpusTests
{
    [Fact]
    public void SeedCorpus_LoadsWithoutErrors()
    {
        var snapshot = CorpusLoader.Load(RepositoryPaths.Corpus);

        Assert.Empty(snapshot.Errors.Select(error => error.ToString()));
        Assert.NotEmpty(snapshot.Summaries);
    }

    [Fact]
    public void SeedCorpus_EverySourceHasADoiPmidOrUrl()
    {
        var snapshot = CorpusLoader.Load(RepositoryPaths.Corpus);

        Assert.All(snapshot.Summaries, summary =>
            Assert.True(summary.Identifiers.Doi is not null || summary.Identifiers.Pmid is not null || summary.Identifiers.Url is not null, summary.Id));
    }
}
