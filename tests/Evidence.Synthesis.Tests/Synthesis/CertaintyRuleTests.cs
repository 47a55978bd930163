using Evidence.Corpus.Model;
using Evidence.Synthesis.Summaries;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

public sealed class CertaintyRuleTests
{
    private static Certainty Assess(params StudySummary[] sources) =>
        CertaintyRule.Assess([.. sources.SelectMany(s => s.Findings.Select(f => (s, f)))]).Certainty;

    [Fact]
    public void LargeConsistentTrials_AreHigh()
    {
        Assert.Equal(Certainty.High, Assess(
            Source("a", StudyDesign.RandomisedControlledTrial, 80, Finding(Direction.Improved)),
            Source("b", StudyDesign.RandomisedControlledTrial, 60, Finding(Direction.Improved))));
    }

    [Fact]
    public void SmallSample_GoesDownOneStep()
    {
        Assert.Equal(Certainty.Moderate, Assess(Source("a", StudyDesign.RandomisedControlledTrial, 30, Finding(Direction.Improved))));
    }

    [Fact]
    public void Inconsistency_GoesDownOneStep()
    {
        Assert.Equal(Certainty.Moderate, Assess(
            Source("a", StudyDesign.RandomisedControlledTrial, 80, Finding(Direction.Improved)),
            Source("b", StudyDesign.RandomisedControlledTrial, 80, Finding(Direction.NoDifference))));
    }

    [Fact]
    public void UncontrolledCaseSeries_AreVeryLow()
    {
        Assert.Equal(Certainty.VeryLow, Assess(Source("a", StudyDesign.CaseSeries, 500, Finding(Direction.Improved))));
    }

    [Fact]
    public void Drafts_GoDownOneStep()
    {
        var draft = Source("a", StudyDesign.RandomisedControlledTrial, 200, Finding(Direction.Improved)) with
        {
            Review = new Review(ReviewStatus.Draft, Verification.PartlyVerified, [], ["pmid"], null, []),
        };

        Assert.Equal(Certainty.Moderate, Assess(draft));
    }

    [Fact]
    public void Participants_AreNotCountedTwice_FromReviews()
    {
        var (total, sources) = Participants.Known([
            Source("a", StudyDesign.RandomisedControlledTrial, 40, Finding(Direction.Improved)),
            Source("b", StudyDesign.SystematicReview, 1000, Finding(Direction.Improved)),
        ]);

        Assert.Equal((40, 1), (total, sources));
    }
}
