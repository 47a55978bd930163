using System.Text.Json;
using Evidence.Synthesis.Claims;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>
/// A claim checked over fact blocks (several blocks, one row in ten deleted) is the claim checked over the live records
/// in one list: the same verdict, reason, totals, and listed evidence in the same order, with the same bearings and
/// citations. Claims of every kind, on libraries large enough to cut each list.
/// </summary>
public sealed class FactClaimTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private static readonly string[] Claims =
    [
        "Microneedling improves atrophic acne scars",
        "Microneedling improves scar appearance",
        "Microneedling does not improve alopecia",
        "Microneedling makes alopecia worse",
        "Microneedling cures alopecia",
        "Microneedling with platelet-rich plasma improves atrophic acne scars",
        "In-office microneedling improves hair count",
        "Microneedling is better than fractional CO2 laser for atrophic acne scars",
        "Platelet-rich plasma is as good as minoxidil for alopecia",
        "Microneedling is worse than at-home microneedling device for alopecia",
        "Microneedling can cause hyperpigmentation",
        "Hyperpigmentation is common after microneedling",
        "Hyperpigmentation is rare after radiofrequency microneedling",
        "Microneedling does not cause hyperpigmentation",
        "Microneedling has no side effects",
        "Microneedling is safe",
        "Microneedling improves melasma",
        "Dermabrasion improves atrophic acne scars",
        "Microneedling is better than dermabrasion for alopecia",
    ];

    public static TheoryData<int> Seeds => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CheckedOverFactBlocks_WithDeletedRows_IsTheCheckOfTheLiveRecords(int seed)
    {
        var (live, blocks) = FactSummaryEquivalenceTests.RandomLibrary(new Random(seed), 250, 260, 1100);
        var checker = new ClaimChecker(ComparisonFixtures.Vocabulary);
        var naming = ClaimCoverage.From(live);
        var verdicts = new HashSet<Verdict>();

        foreach (var claim in Claims)
        {
            var expected = checker.Check(claim, live, naming);
            Assert.Equal(JsonSerializer.Serialize(expected, Json), JsonSerializer.Serialize(checker.Check(claim, blocks, naming), Json));
            verdicts.Add(expected.Verdict);
        }
        Assert.Superset(new HashSet<Verdict> { Verdict.Supported, Verdict.Contradicted, Verdict.Mixed, Verdict.InsufficientEvidence, Verdict.NotCovered }, verdicts);
    }

    [Fact]
    public void TheRandomLibraries_CutEachList_SoListingIsTested()
    {
        var (live, _) = FactSummaryEquivalenceTests.RandomLibrary(new Random(1), 250);
        var checker = new ClaimChecker(ComparisonFixtures.Vocabulary);
        var checks = Claims.Select(claim => checker.Check(claim, live)).ToList();

        Assert.Contains(checks, c => c.SupportingTotal > Listing.Limit && c.Supporting.Count == Listing.Limit);
        Assert.Contains(checks, c => c.ContradictingTotal > Listing.Limit && c.Contradicting.Count == Listing.Limit);
        Assert.Contains(checks, c => c.RelatedTotal > Listing.Limit && c.Related.Count == Listing.Limit);
        Assert.Contains(checks, c => c.UnannotatedTotal > Listing.Limit && c.Unannotated.Count == Listing.Limit);
    }
}
