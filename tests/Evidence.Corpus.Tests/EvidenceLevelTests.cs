using Evidence.Corpus.Model;

namespace Evidence.Corpus.Tests;

/// <summary>The Oxford CEBM 2011 defaults, with a review's level following the designs it includes.</summary>
public sealed class EvidenceLevelTests
{
    private const StudyDesign Rct = StudyDesign.RandomisedControlledTrial;

    [Theory]
    [InlineData(StudyDesign.RandomisedControlledTrial, 2)]
    [InlineData(StudyDesign.NonRandomisedControlledTrial, 3)]
    [InlineData(StudyDesign.Cohort, 3)]
    [InlineData(StudyDesign.CaseControl, 4)]
    [InlineData(StudyDesign.CaseSeries, 4)]
    [InlineData(StudyDesign.CaseReport, 4)]
    [InlineData(StudyDesign.NarrativeReview, 5)]
    [InlineData(StudyDesign.Guideline, 5)]
    [InlineData(StudyDesign.SocietyStatement, 5)]
    [InlineData(StudyDesign.AnimalOrLaboratory, 5)]
    public void PrimaryDesigns_KeepTheirDefault(StudyDesign design, int level)
    {
        var derived = EvidenceLevel.For(design);

        Assert.Equal(level, derived.Level);
        Assert.False(derived.IsOverride);
        Assert.Equal($"Oxford CEBM 2011: a {Names<StudyDesign>.Label(design).ToLowerInvariant()} is level {level} by default.", derived.Reason);
    }

    [Theory]
    [InlineData(StudyDesign.SystematicReview)]
    [InlineData(StudyDesign.MetaAnalysis)]
    public void Review_OfRandomisedTrialsOnly_IsLevelOne(StudyDesign design)
    {
        var derived = EvidenceLevel.For(design, Rct);

        Assert.Equal(1, derived.Level);
        Assert.Contains("randomised trials only", derived.Reason);
    }

    [Fact]
    public void Review_OfRandomisedTrialsAndOthers_IsGradedDownToTwo()
    {
        Assert.Equal(2, EvidenceLevel.For(StudyDesign.MetaAnalysis, Rct, StudyDesign.NonRandomisedControlledTrial).Level);
        var withUnstated = EvidenceLevel.For(StudyDesign.SystematicReview, [Rct], includesOtherDesigns: true);
        Assert.Equal(2, withUnstated.Level);
        Assert.Contains("graded down one", withUnstated.Reason);
    }

    [Fact]
    public void Review_WithoutRandomisedTrials_TakesItsWeakestDesign()
    {
        Assert.Equal(3, EvidenceLevel.For(StudyDesign.SystematicReview, StudyDesign.Cohort, StudyDesign.NonRandomisedControlledTrial).Level);
        Assert.Equal(4, EvidenceLevel.For(StudyDesign.SystematicReview, StudyDesign.Cohort, StudyDesign.CaseReport).Level);
        Assert.Equal(5, EvidenceLevel.For(StudyDesign.SystematicReview, StudyDesign.Cohort, StudyDesign.AnimalOrLaboratory).Level);
        var unstated = EvidenceLevel.For(StudyDesign.SystematicReview, [StudyDesign.Cohort], includesOtherDesigns: true);
        Assert.Equal(4, unstated.Level);
        Assert.Contains("weakest included design", unstated.Reason);
    }

    [Fact]
    public void Review_OfOnlyUnstatedDesigns_IsFour() =>
        Assert.Equal(EvidenceLevel.UnstatedDesign, EvidenceLevel.For(StudyDesign.SystematicReview, [], includesOtherDesigns: true).Level);

    [Theory]
    [InlineData(StudyDesign.SystematicReview)]
    [InlineData(StudyDesign.MetaAnalysis)]
    public void Review_WithUnknownMakeup_IsThree(StudyDesign design)
    {
        var derived = EvidenceLevel.For(design);

        Assert.Equal(3, derived.Level);
        Assert.Contains("not recorded", derived.Reason);
    }

    [Fact]
    public void IncludedDesigns_DoNotChangeAPrimaryStudy() =>
        Assert.Equal(2, EvidenceLevel.For(Rct, StudyDesign.CaseSeries).Level);
}
