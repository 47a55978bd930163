using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Tests;

/// <summary>
/// The sources under Fixtures/, read with the corpus's own strict loader. Every field in them comes from
/// corpus/sources or /work/shared/sources/microneedling-citations.md; each file names its item.
/// </summary>
internal static class SourceFixtures
{
    public const string FullArticle = "alster-2018-microneedling-review-practical-guide";
    public const string TwelveAuthors = "alam-2014-needling-device-acne-scars-rct";
    public const string NoVolumeIssueOrPages = "aust-2008-percutaneous-collagen-induction-therapy";
    public const string NoIssueFirstPageOnly = "ramaut-2018-microneedling-systematic-review";
    public const string PercentInTitle = "mohamed-2024-tranexamic-acid-microneedling-rosacea";
    public const string PressRelease = "aad-2018-microneedling-news-release";
    public const string NoAuthors = "striae-alba-2022-microneedling-versus-co2-laser-rct";
    public const string CompleteArticle = TwelveAuthors;
    public const string NoVolume = "chu-2021-microneedling-safety-systematic-review";
    public const string NoDate = "mehran-nd-microneedling-versus-tretinoin-comedonal-acne-rct";
    public const string ReviewWithManyAuthors = "spring-2017-isotretinoin-procedures-systematic-review";
    public const string PressReleaseAccessed = "aad-2018-microneedling-news-release-accessed";

    private static readonly Lazy<IReadOnlyDictionary<string, StudySummary>> ById = new(LoadAll);

    public static IReadOnlyList<string> Ids { get; } =
        [FullArticle, TwelveAuthors, NoVolumeIssueOrPages, NoIssueFirstPageOnly, PercentInTitle, PressRelease, NoAuthors,
         NoVolume, NoDate, ReviewWithManyAuthors, PressReleaseAccessed];

    public static StudySummary Get(string id) => ById.Value[id];

    /// <summary>All fixtures, in the order of <see cref="Ids"/> (the order a writer cited them in).</summary>
    public static IReadOnlyList<StudySummary> All => [.. Ids.Select(Get)];

    private static IReadOnlyDictionary<string, StudySummary> LoadAll()
    {
        var sources = new Dictionary<string, StudySummary>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(TestPaths.Fixtures, "*.yaml"))
        {
            var file = CorpusLoader.ReadSource(Path.GetFileName(path), File.ReadAllBytes(path), ConceptVocabulary.Empty);
            if (file.Summary is null)
                throw new InvalidOperationException($"fixture {file.RelativePath} does not load: {string.Join("; ", file.Errors)}");
            sources.Add(file.Summary.Id, file.Summary);
        }
        return sources;
    }
}
