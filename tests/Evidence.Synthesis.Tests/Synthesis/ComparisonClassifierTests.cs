using Evidence.Corpus.Model;
using Evidence.Synthesis.Comparisons;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

public sealed class ComparisonClassifierTests
{
    private static readonly ComparisonClassifier Classifier = new(ComparisonFixtures.Vocabulary);

    private static Comparison Of(string intervention, string? comparator) =>
        Classifier.Of(Finding(Direction.Improved, comparator, intervention), Source("s", StudyDesign.RandomisedControlledTrial, 40));

    [Fact]
    public void NoComparator_IsBeforeAfter()
    {
        var comparison = Of("microneedling", null);
        Assert.Equal(ComparisonKind.BeforeAfter, comparison.Kind);
        Assert.Null(comparison.Comparator);
        Assert.Equal("Microneedling, before and after treatment", comparison.Label);
    }

    [Fact]
    public void ControlConcept_AndConceptsBelowIt_AreInactiveControls()
    {
        Assert.Equal(ComparisonKind.InactiveControl, Of("microneedling", "no-active-treatment").Kind);
        Assert.Equal(ComparisonKind.InactiveControl, Of("microneedling", "sham-microneedling").Kind);
    }

    [Fact]
    public void AnotherTreatment_IsAnActiveComparator()
    {
        Assert.Equal(ComparisonKind.ActiveComparator, Of("microneedling", "fractional-co2-laser").Kind);
        Assert.Equal(ComparisonKind.ActiveComparator, Of("microneedling-with-prp", "microneedling").Kind);
    }

    [Fact]
    public void FindingWithoutIntervention_TakesTheSourcesOnlyIntervention()
    {
        var finding = new Finding("acne-scars", "scar-appearance", null, null, Direction.Improved, "Fixture effect.", Certainty.Low);
        var single = Source("one", StudyDesign.CaseSeries, 10) with { Interventions = ["in-office-microneedling"] };
        var several = single with { Interventions = ["microneedling", "fractional-co2-laser"] };
        Assert.Equal("in-office-microneedling", Classifier.Of(finding, single).Intervention?.Id);
        Assert.Null(Classifier.Of(finding, several).Intervention);
    }

    [Fact]
    public void ComparisonsDifferInKey_WhenEitherArmDiffers()
    {
        Assert.Equal(Of("microneedling", "fractional-co2-laser").Key, Of("microneedling", "fractional-co2-laser").Key);
        Assert.NotEqual(Of("microneedling", "fractional-co2-laser").Key, Of("microneedling", "no-active-treatment").Key);
        Assert.NotEqual(Of("microneedling", null).Key, Of("microneedling", "no-active-treatment").Key);
        Assert.NotEqual(Of("microneedling", null).Key, Of("microneedling-with-prp", null).Key);
    }

    [Fact]
    public void TreatmentAndItsPlainVariants_AreDirect()
    {
        Assert.Equal(new QuestionFit(QuestionArm.Intervention, Directness.Direct, null), Classifier.Fit(Of("microneedling", "no-active-treatment"), "microneedling"));
        Assert.Equal(new QuestionFit(QuestionArm.Intervention, Directness.Direct, null), Classifier.Fit(Of("in-office-microneedling", null), "microneedling"));
    }

    [Fact]
    public void Combination_IsIndirectForTheTreatmentAlone_AndSaysWhatItAdds()
    {
        var fit = Classifier.Fit(Of("microneedling-with-minoxidil", "minoxidil"), "microneedling");
        Assert.NotNull(fit);
        Assert.Equal(Directness.Indirect, fit.Directness);
        Assert.Equal("combination: Microneedling with topical minoxidil adds minoxidil to microneedling; indirect evidence for microneedling alone", fit.Reason);
    }

    [Fact]
    public void VariantOfACombination_IsIndirectToo()
    {
        var fit = Classifier.Fit(Of("microneedling-with-prp-twice-monthly", null), "microneedling");
        Assert.Equal(Directness.Indirect, fit?.Directness);
        Assert.Contains("adds platelet-rich plasma to microneedling", fit?.Reason);
    }

    [Fact]
    public void Combination_IsDirectForItself()
    {
        Assert.Equal(Directness.Direct, Classifier.Fit(Of("microneedling-with-prp", "microneedling"), "microneedling-with-prp")?.Directness);
    }

    [Fact]
    public void Combination_IsIndirectEvidenceForWhatItAdds()
    {
        var fit = Classifier.Fit(Of("microneedling-with-prp", "microneedling"), "platelet-rich-plasma");
        Assert.Equal(QuestionArm.Intervention, fit?.Arm);
        Assert.Equal(Directness.Indirect, fit?.Directness);
    }

    [Fact]
    public void AddOnVersusTheTreatmentAlone_HoldsTheTreatmentInBothArms_Indirectly()
    {
        var fit = Classifier.Fit(Of("microneedling-with-prp", "microneedling"), "microneedling");
        Assert.Equal(QuestionArm.Both, fit?.Arm);
        Assert.Equal(Directness.Indirect, fit?.Directness);
    }

    [Fact]
    public void TreatmentAsComparator_IsSaidSo()
    {
        var fit = Classifier.Fit(Of("home-microneedling-device", "in-office-microneedling"), "microneedling");
        Assert.Equal(new QuestionFit(QuestionArm.Comparator, Directness.Direct, null), fit);
    }

    [Fact]
    public void UnrelatedComparison_HasNoFit()
    {
        Assert.Null(Classifier.Fit(Of("fractional-co2-laser", "no-active-treatment"), "microneedling"));
        Assert.Null(Classifier.Fit(Of("microneedling", null), "minoxidil"));
    }

    [Fact]
    public void AdverseEventOutcome_IsAHarm()
    {
        Assert.True(Classifier.IsHarm("hyperpigmentation"));
        Assert.False(Classifier.IsHarm("scar-appearance"));
    }

    [Theory]
    [InlineData("home-microneedling-device", "in-office-microneedling", Direction.Worsened, "scar-appearance", "At-home microneedling device: worse than in-office microneedling")]
    [InlineData("microneedling", "fractional-co2-laser", Direction.NoDifference, "scar-appearance", "Microneedling: no different from fractional CO2 laser")]
    [InlineData("microneedling", "no-active-treatment", Direction.Improved, "scar-appearance", "Microneedling: better than no active treatment")]
    [InlineData("microneedling", null, Direction.Improved, "scar-appearance", "Microneedling: better after treatment (no comparison group)")]
    [InlineData("microneedling", null, Direction.Worsened, "hyperpigmentation", "Microneedling: more hyperpigmentation after treatment (no comparison group)")]
    [InlineData("microneedling", "no-active-treatment", Direction.Improved, "hyperpigmentation", "Microneedling: less hyperpigmentation than no active treatment")]
    [InlineData("microneedling", "no-active-treatment", Direction.NoDifference, "hyperpigmentation", "Microneedling: no difference in hyperpigmentation from no active treatment")]
    public void Reading_NamesTheComparison_AndReadsHarmsAsHarms(string intervention, string? comparator, Direction direction, string outcome, string expected)
    {
        var comparison = Of(intervention, comparator);
        Assert.Equal(expected, comparison.Reading(direction, Classifier.Ref(outcome), Classifier.IsHarm(outcome)));
    }
}
