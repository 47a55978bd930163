using Evidence.Corpus.Model;
using Evidence.Synthesis.Claims;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

public sealed class ClaimCheckerTests
{
    private static readonly ClaimChecker Checker = new(Vocabulary);

    private static readonly StudySummary Trial = Source("trial", StudyDesign.RandomisedControlledTrial, 40, Finding(Direction.Improved, "no-active-treatment"));
    private static readonly StudySummary Versus = Source("versus", StudyDesign.RandomisedControlledTrial, 40, Finding(Direction.NoDifference, "fractional-laser"));
    private static readonly StudySummary Null = Source("null", StudyDesign.CaseSeries, 10, Finding(Direction.NoDifference));

    [Fact]
    public void Recognise_MapsLayWordsAndDirection()
    {
        var claim = Checker.Recognise("Derma rollers reduce acne scars");

        Assert.Equal("microneedling", claim.Intervention!.Id);
        Assert.Equal("acne-scars", claim.Condition!.Id);
        Assert.Equal(Direction.Improved, claim.Direction);
        Assert.False(claim.Absolute);
    }

    [Fact]
    public void Recognise_FindsTheComparatorAfterACue_AndNegation()
    {
        var claim = Checker.Recognise("Microneedling does not work better than laser for acne scars");

        Assert.Equal("fractional-laser", claim.Comparator!.Id);
        Assert.Equal(Direction.NoDifference, claim.Direction);
    }

    [Fact]
    public void Supported_WhenOnlySupportingFindingsMatch_UntreatedControlsCountAsNoComparator()
    {
        var check = Checker.Check("Microneedling improves acne scars", [Trial]);

        Assert.Equal(Verdict.Supported, check.Verdict);
        Assert.Equal("trial", Assert.Single(check.Supporting).SourceId);
    }

    [Fact]
    public void Mixed_WhenFindingsPointBothWays()
    {
        Assert.Equal(Verdict.Mixed, Checker.Check("Microneedling improves acne scars", [Trial, Null]).Verdict);
    }

    [Fact]
    public void ActiveComparatorFindings_AreRelatedOnly_ForAClaimWithoutComparator()
    {
        var check = Checker.Check("Microneedling improves acne scars", [Versus]);

        Assert.Equal(Verdict.InsufficientEvidence, check.Verdict);
        Assert.Equal("versus", Assert.Single(check.Related).SourceId);
    }

    [Fact]
    public void ComparativeClaim_IsReadAgainstTheFindingTheOtherWayRound()
    {
        var check = Checker.Check("Laser is as good as microneedling for acne scars", [Versus]);

        Assert.Equal(Verdict.Supported, check.Verdict);
    }

    [Fact]
    public void AbsoluteClaims_AreNeverSupportedByImprovement()
    {
        var check = Checker.Check("Microneedling permanently cures acne scars", [Trial]);

        Assert.Equal(Verdict.InsufficientEvidence, check.Verdict);
        Assert.Empty(check.Supporting);
        Assert.Single(check.Related);
    }

    [Fact]
    public void ImportedSources_AreListedAsUnannotated_NeverCounted()
    {
        var imported = Source("imported", StudyDesign.NarrativeReview, null) with
        {
            Conditions = ["acne-scars"],
            Review = new Review(ReviewStatus.Imported, Verification.Unverified, [], ["all"], null, []),
        };

        var check = Checker.Check("Microneedling improves acne scars", [imported]);

        Assert.Equal(Verdict.InsufficientEvidence, check.Verdict);
        Assert.Equal("imported", Assert.Single(check.Unannotated).SourceId);
        Assert.Contains("insufficient annotation", check.Reason);
    }

    [Fact]
    public void NoAssertion_IsNotUnderstood_NeverReadAsImproves()
    {
        var check = Checker.Check("Acne scars are common", [Trial]);

        Assert.Equal(Verdict.NotUnderstood, check.Verdict);
        Assert.Empty(check.Supporting);
    }
}
