using System.Text.RegularExpressions;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Tests;

public sealed partial class SeedCorpusTests
{
    private const string RamautId = "ramaut-2018-microneedling-systematic-review";
    private const string AadId = "aad-2018-microneedling-news-release";
    private const string RosaceaTrialId = "mohamed-2024-tranexamic-acid-microneedling-erythematotelangiectatic-rosacea";

    private static readonly Lazy<CorpusSnapshot> Seed = new(() => CorpusLoader.Load(RepositoryPaths.Corpus));

    private static CorpusSnapshot Snapshot => Seed.Value;

    private static StudySummary Source(string id) =>
        Snapshot.Summaries.SingleOrDefault(summary => summary.Id == id) ?? throw new Xunit.Sdk.XunitException($"source '{id}' is missing");

    [GeneratedRegex(@"\bcur(e|es|ed|ing|ative)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CureWord();

    [Fact]
    public void SeedCorpus_LoadsWithoutErrors()
    {
        Assert.Empty(Snapshot.Errors.Select(error => error.ToString()));
        Assert.NotEmpty(Snapshot.Summaries);
    }

    /// <summary>
    /// Every seed finding whose outcome is a harm concept (kind adverse-event), each read by hand as the
    /// direction of the harm (corpus/README.md, "Harm outcomes"). A new one must be checked and added here.
    /// </summary>
    private static readonly string[] HarmOutcomeFindingsChecked =
    [
        // Unchanged melanocyte numbers in rats: no more of the harm, not a treatment of hyperpigmentation.
        "aust-2008-percutaneous-collagen-induction-hyperpigmentation-rat-study: hyperpigmentation no-difference",
        // Mean pain 2.2 of 10 during treatment, without a comparison.
        "yogya-2022-radiofrequency-microneedling-polynucleotides-periorbital-wrinkles: pain unclear",
    ];

    [Fact]
    public void SeedCorpus_FindingsOnHarmOutcomes_AreTheCheckedOnes()
    {
        var vocabulary = CorpusLoader.LoadVocabulary(RepositoryPaths.Corpus, []);
        var harmFindings = Snapshot.Summaries
            .SelectMany(summary => summary.Findings
                .Where(finding => vocabulary.Find(finding.Outcome)!.Kinds.Contains(Vocabulary.ConceptKind.AdverseEvent))
                .Select(finding => $"{summary.Id}: {finding.Outcome} {Names<Direction>.Id(finding.Direction)}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(HarmOutcomeFindingsChecked, harmFindings);
    }

    [Fact]
    public void SeedCorpus_HasAtLeastThirtySources() =>
        Assert.True(Snapshot.Summaries.Count() >= 30, $"only {Snapshot.Summaries.Count()} sources");

    /// <summary>
    /// Every seed summary is traceable to its source: a DOI, a PMID or the page of its publisher or issuing body.
    /// The four for which no canonical record was found were removed (corpus/README.md, corpus/facts-addenda.md).
    /// </summary>
    [Fact]
    public void SeedCorpus_EverySourceHasADoiPmidOrUrl()
    {
        var unlinked = Snapshot.Summaries
            .Where(summary => summary.Identifiers is { Doi: null, Pmid: null, Url: null, Corpus: null } || summary.Review.UnlinkedReason is not null)
            .Select(summary => summary.Id);

        Assert.Empty(unlinked);
    }

    /// <summary>
    /// Pages are a range, or a first page whose last page was not seen (corpus/README.md, publication); a lone
    /// number that is neither is an article number and belongs in publication.articleNumber, where the citation
    /// styles print it as one ("Article e15212").
    /// </summary>
    [Fact]
    public void SeedCorpus_PagesAreARangeOrAFirstPage_NeverAnArticleNumber()
    {
        Assert.All(Snapshot.Summaries.Where(summary => summary.Publication.Pages is { } pages && !pages.Contains('-')), summary =>
            Assert.Contains("last-page", summary.Review.UnverifiedFields));
    }

    [Fact]
    public void SeedCorpus_CanonicalRecordsFoundLater_AreTheSourcesLinks()
    {
        var fabbrocini = Source("fabbrocini-2012-collagen-induction-upper-lip-wrinkles");
        Assert.Equal("21810012", fabbrocini.Identifiers.Pmid);
        Assert.Equal("10.3109/09546634.2010.544709", fabbrocini.Identifiers.Doi);
        Assert.Equal("2", fabbrocini.Publication.Issue);

        Assert.Equal("10.1016/j.ijwd.2015.03.004", Source("harris-2015-skin-needling-acne-scarring-review").Identifiers.Doi);

        var bonati = Source("bonati-2017-microneedling-all-skin-types-review");
        Assert.Equal("https://scholars.mssm.edu/en/publications/microneedling-in-all-skin-types-a-review-2", bonati.Identifiers.Url);
        Assert.Null(bonati.Review.UnlinkedReason);
    }

    [Fact]
    public void SeedCorpus_IncludesRamautSystematicReview()
    {
        var ramaut = Source(RamautId);

        Assert.Equal(StudyDesign.SystematicReview, ramaut.Design);
        Assert.Equal(2018, ramaut.Year);
        Assert.Equal("10.1016/j.bjps.2017.06.006", ramaut.Identifiers.Doi);
        Assert.Null(ramaut.Identifiers.Pmid);
        Assert.Equal(Verification.PartlyVerified, ramaut.Review.Verification);
    }

    [Fact]
    public void SeedCorpus_IncludesAadNewsReleaseAsSocietyStatement()
    {
        var aad = Source(AadId);

        Assert.Equal(PublicationType.PressRelease, aad.Publication.Type);
        Assert.Equal("2018-02-16", aad.Publication.Date);
        Assert.Equal(StudyDesign.SocietyStatement, aad.Design);
        Assert.Equal(5, aad.Level.Level);
        Assert.Equal("https://www.aad.org/news/microneedling", aad.Identifiers.Url);
        var author = Assert.Single(aad.Authors);
        Assert.Equal("American Academy of Dermatology", author.Literal);
        Assert.Contains(aad.Quotes, quote => quote.Text == "appearance of large pores, fine lines and wrinkles, scars, and stretch marks");
    }

    [Fact]
    public void SeedCorpus_AadReleaseSaysHomeDevicesFallShortOfPhysicianTreatment()
    {
        var aad = Source(AadId);

        var finding = Assert.Single(aad.Findings, finding => finding.Intervention == "home-microneedling-device");
        Assert.Contains(finding.Comparator, Snapshot.Vocabulary.SelfAndDescendants("microneedling"));
        Assert.Equal(Direction.Worsened, finding.Direction);
        Assert.Equal(Certainty.VeryLow, finding.Certainty);
        Assert.Contains(aad.AdverseEvents, adverse => adverse.Event == "infection");
        Assert.Contains(aad.AdverseEvents, adverse => adverse.Event == "skin-injury");
    }

    [Theory]
    [InlineData("acne-scars")]
    [InlineData("striae-distensae")]
    [InlineData("rhytides")]
    [InlineData("photoageing")]
    [InlineData("melasma")]
    [InlineData("rosacea")]
    [InlineData("androgenetic-alopecia")]
    public void SeedCorpus_CoversCondition(string condition)
    {
        var ids = Snapshot.Vocabulary.SelfAndDescendants(condition);

        Assert.Contains(Snapshot.Summaries, summary => summary.Conditions.Any(ids.Contains));
        if (condition != "photoageing")
            Assert.Contains(Snapshot.Summaries, summary => summary.Findings.Any(finding => ids.Contains(finding.Condition)));
    }

    [Theory]
    [InlineData("radiofrequency-microneedling")]
    [InlineData("platelet-rich-plasma")]
    [InlineData("tranexamic-acid")]
    [InlineData("minoxidil")]
    [InlineData("vitamin-c")]
    [InlineData("fractional-laser")]
    public void SeedCorpus_CoversIntervention(string intervention)
    {
        var ids = Snapshot.Vocabulary.SelfAndDescendants(intervention);

        Assert.Contains(Snapshot.Summaries, summary => summary.Interventions.Concat(summary.Comparators).Any(ids.Contains));
    }

    [Fact]
    public void SeedCorpus_HasSafetyReviewsNamingSeriousHarms()
    {
        var harms = Snapshot.Summaries
            .Where(summary => summary.Design == StudyDesign.SystematicReview)
            .SelectMany(summary => summary.AdverseEvents.Select(adverse => adverse.Event))
            .ToHashSet();

        Assert.Contains("tram-track-scarring", harms);
        Assert.Contains("granulomatous-reaction", harms);
        Assert.Contains("post-inflammatory-hyperpigmentation", harms);
    }

    [Fact]
    public void SeedCorpus_RosaceaTrialReportsImprovementNotCure()
    {
        var trial = Source(RosaceaTrialId);
        var rosacea = Snapshot.Vocabulary.SelfAndDescendants("rosacea");

        var finding = Assert.Single(trial.Findings, finding => rosacea.Contains(finding.Condition));
        Assert.Equal(Direction.Improved, finding.Direction);
        Assert.Equal("tranexamic-acid", finding.Comparator);
        Assert.Contains(finding.Intervention, Snapshot.Vocabulary.SelfAndDescendants("microneedling"));
    }

    [Fact]
    public void SeedCorpus_NeverSaysCure()
    {
        var files = CorpusLoader.SourcePaths(RepositoryPaths.Corpus).ToList();

        Assert.All(files, path => Assert.DoesNotMatch(CureWord(), File.ReadAllText(path)));
    }

    [Fact]
    public void SeedCorpus_EverySourceIsADraft() =>
        Assert.All(Snapshot.Summaries, summary => Assert.Equal(ReviewStatus.Draft, summary.Review.Status));

    [Fact]
    public void SeedCorpus_EveryPartlyVerifiedSourceListsUnverifiedFieldsOrNotes()
    {
        var partly = Snapshot.Summaries.Where(summary => summary.Review.Verification != Verification.Verified).ToList();

        Assert.NotEmpty(partly);
        Assert.All(partly, summary =>
            Assert.True(summary.Review.UnverifiedFields.Count > 0 || summary.Review.Notes is not null, summary.Id));
    }

    [Fact]
    public void SeedCorpus_SourcesWithoutAuthorsSaySoAndAreNotFullyVerified()
    {
        var anonymous = Snapshot.Summaries.Where(summary => summary.Authors.Count == 0).ToList();

        Assert.NotEmpty(anonymous);
        Assert.All(anonymous, summary =>
        {
            Assert.NotEqual(Verification.Verified, summary.Review.Verification);
            Assert.Contains("authors", summary.Review.UnverifiedFields);
            Assert.Contains("author", summary.Review.Notes ?? "", StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void SeedCorpus_KeepsMirrorUrlNumberOutOfPmid()
    {
        // The Chu 2021 safety review's number 34448760 was only seen in a mirror page's URL, unlabelled.
        var chu = Source("chu-2021-microneedling-safety-systematic-review");

        Assert.Null(chu.Identifiers.Pmid);
        Assert.Contains("34448760", chu.Review.Notes ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(Snapshot.Summaries, summary => summary.Identifiers.Pmid == "34448760");
    }

    [Fact]
    public void SeedCorpus_LevelOverridesGiveAReason() =>
        Assert.All(Snapshot.Summaries.Where(summary => summary.Level.IsOverride), summary =>
            Assert.False(string.IsNullOrWhiteSpace(summary.Level.Reason), summary.Id));

    [Fact]
    public void SeedCorpus_QuotesAreRareAndLocated()
    {
        var quoted = Snapshot.Summaries.Where(summary => summary.Quotes.Count > 0).ToList();

        // The citation list presents only the AAD phrase as verbatim; any new quote must be checked by hand.
        Assert.Equal([AadId], quoted.Select(summary => summary.Id));
        Assert.All(quoted.SelectMany(summary => summary.Quotes), quote => Assert.False(string.IsNullOrWhiteSpace(quote.Location)));
    }

    [Fact]
    public void SeedCorpus_FindingsAssessCertainty() =>
        Assert.All(Snapshot.Summaries.SelectMany(summary => summary.Findings.Select(finding => (summary.Id, finding))), pair =>
            Assert.NotEqual(Certainty.NotAssessed, pair.finding.Certainty));
}
