using Evidence.Corpus.Model;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Summaries;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

public sealed class CertaintyRuleTests
{
    private const string Control = "no-active-treatment";
    private static readonly ComparisonClassifier Classifier = new(Vocabulary);

    private static (Certainty Certainty, IReadOnlyList<string> Reasons) Rate(params StudySummary[] sources) =>
        CertaintyRule.Assess([.. sources.SelectMany(s => s.Findings.Select(f => new ComparedFinding(s, f, Classifier.Of(f, s))))]);

    private static Certainty Assess(params StudySummary[] sources) => Rate(sources).Certainty;

    [Fact]
    public void LargeConsistentTrials_AgainstControl_AreHigh()
    {
        var (certainty, reasons) = Rate(
            Source("a", StudyDesign.RandomisedControlledTrial, 240, Finding(Direction.Improved, Control)),
            Source("b", StudyDesign.RandomisedControlledTrial, 200, Finding(Direction.Improved, Control)));

        Assert.Equal(Certainty.High, certainty);
        Assert.Equal(["starts high: randomised trials or their systematic reviews (level 2)"], reasons);
    }

    [Fact]
    public void FewerParticipantsThanTheOptimalInformationSize_GoDownOneStep_ForImprecision()
    {
        var (certainty, reasons) = Rate(Source("a", StudyDesign.RandomisedControlledTrial, 399, Finding(Direction.Improved, Control)));

        Assert.Equal(Certainty.Moderate, certainty);
        Assert.Contains("down one (imprecision): 399 participants known across primary studies, fewer than GRADE's rule-of-thumb 400", reasons);
    }

    [Fact]
    public void DifferentDirections_WithinOneComparison_AreInconsistent()
    {
        var (certainty, reasons) = Rate(
            Source("a", StudyDesign.RandomisedControlledTrial, 400, Finding(Direction.Improved, Control)),
            Source("b", StudyDesign.RandomisedControlledTrial, 400, Finding(Direction.NoDifference, Control)));

        Assert.Equal(Certainty.Moderate, certainty);
        Assert.Contains("down one (inconsistency): findings in this comparison point different ways", reasons);
    }

    [Fact]
    public void TwoComparisons_AreNeverPooledUnderOneCertainty()
    {
        var error = Assert.Throws<ArgumentException>(() => Rate(
            Source("a", StudyDesign.RandomisedControlledTrial, 400, Finding(Direction.Improved, Control)),
            Source("b", StudyDesign.RandomisedControlledTrial, 400, Finding(Direction.NoDifference, "fractional-laser"))));

        Assert.Contains("Microneedling vs fractional laser", error.Message);
    }

    [Fact]
    public void BeforeAfterResult_StartsLow_EvenFromATrial()
    {
        var (certainty, reasons) = Rate(Source("a", StudyDesign.RandomisedControlledTrial, 500, Finding(Direction.Improved)));

        Assert.Equal(Certainty.Low, certainty);
        Assert.StartsWith("starts low: a before-after result without a comparison group", reasons[0]);
    }

    [Fact]
    public void UncontrolledCaseSeries_AreVeryLow()
    {
        Assert.Equal(Certainty.VeryLow, Assess(Source("a", StudyDesign.CaseSeries, 500, Finding(Direction.Improved))));
    }

    [Fact]
    public void LevelFiveOnly_StartsVeryLow()
    {
        var (certainty, reasons) = Rate(Source("a", StudyDesign.SocietyStatement, null, Finding(Direction.Worsened, "fractional-laser")));

        Assert.Equal(Certainty.VeryLow, certainty);
        Assert.StartsWith("starts very low", reasons[0]);
    }

    [Fact]
    public void Drafts_GoDownOneStep()
    {
        var draft = Source("a", StudyDesign.RandomisedControlledTrial, 400, Finding(Direction.Improved, Control)) with
        {
            Review = new Review(ReviewStatus.Draft, Verification.PartlyVerified, [], ["pmid"], null, []),
        };

        Assert.Equal(Certainty.Moderate, Assess(draft));
    }

    [Fact]
    public void IndirectComparison_GoesDownOneStep_WithTheReason()
    {
        var classifier = new ComparisonClassifier(ComparisonFixtures.Vocabulary);
        var source = Source("a", StudyDesign.RandomisedControlledTrial, 400, Finding(Direction.Improved, "minoxidil", "microneedling-with-minoxidil", "alopecia"));
        var comparison = classifier.Of(source.Findings[0], source);

        var (certainty, reasons) = CertaintyRule.Assess([new ComparedFinding(source, source.Findings[0], comparison)], classifier.Fit(comparison, "microneedling"));

        Assert.Equal(Certainty.Moderate, certainty);
        Assert.Contains(reasons, r => r.StartsWith("down one (indirectness): combination: Microneedling with topical minoxidil adds minoxidil"));
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
