using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Tests.Claims;

/// <summary>The two libraries the claim suite runs on, each read once with the corpus's own strict loader.</summary>
internal static class ClaimCorpora
{
    private static readonly Lazy<(ConceptVocabulary, IReadOnlyList<StudySummary>)> FixtureLibrary = new(() => Load(Path.Combine(TestPaths.Fixtures, "ClaimCorpus")));
    private static readonly Lazy<(ConceptVocabulary, IReadOnlyList<StudySummary>)> SeedLibrary = new(() => Load(RepositoryPaths.Corpus));

    /// <summary>tests/Evidence.Synthesis.Tests/Fixtures/ClaimCorpus: synthetic, exercise and injections for joint and back pain.</summary>
    public static (ConceptVocabulary Vocabulary, IReadOnlyList<StudySummary> Sources) Fixture => FixtureLibrary.Value;

    /// <summary>The bundled seed corpus (microneedling).</summary>
    public static (ConceptVocabulary Vocabulary, IReadOnlyList<StudySummary> Sources) Seed => SeedLibrary.Value;

    private static (ConceptVocabulary, IReadOnlyList<StudySummary>) Load(string folder)
    {
        var snapshot = CorpusLoader.Load(folder);
        if (snapshot.Errors.Count > 0 || snapshot.Files.Any(f => !f.IsValid))
            throw new InvalidOperationException($"{folder} does not load: {string.Join("; ", snapshot.Errors.Concat(snapshot.Files.SelectMany(f => f.Errors)))}");
        return (snapshot.Vocabulary, [.. snapshot.Summaries]);
    }
}
