using Evidence.Corpus.Model;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Map;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

public sealed class EvidenceMapBuilderTests
{
    private static readonly EvidenceMapBuilder Builder = new(Vocabulary);

    [Fact]
    public void Cell_WithOneComparison_HasItsDirection_WordedWithTheComparison()
    {
        var map = Builder.Build([
            Source("a", StudyDesign.RandomisedControlledTrial, 40, Finding(Direction.Improved, "no-active-treatment")),
            Source("b", StudyDesign.RandomisedControlledTrial, 40, Finding(Direction.Improved, "no-active-treatment")),
        ]);

        var cell = Assert.Single(map.Cells);
        Assert.Equal(Direction.Improved, cell.Direction);
        var comparison = Assert.Single(cell.Comparisons);
        Assert.Equal(ComparisonKind.InactiveControl, comparison.Kind);
        Assert.Equal(2, comparison.Sources);
        Assert.Equal("Microneedling: better than no active treatment", comparison.Reading);
    }

    [Fact]
    public void Cell_MixingComparisons_PoolsNoDirection_AndKeepsEachComparisonsOwn()
    {
        // Two before/after series improved, one trial found no difference from laser: the most frequent direction
        // across them ("improved") would pool a head-to-head result with uncontrolled ones.
        var map = Builder.Build([
            Source("series-1", StudyDesign.CaseSeries, 20, Finding(Direction.Improved)),
            Source("series-2", StudyDesign.CaseSeries, 20, Finding(Direction.Improved)),
            Source("trial", StudyDesign.RandomisedControlledTrial, 60, Finding(Direction.NoDifference, "fractional-laser")),
        ]);

        var cell = Assert.Single(map.Cells);
        Assert.Null(cell.Direction);
        Assert.Equal(3, cell.Sources);
        Assert.Equal(2, cell.BestLevel);
        Assert.Collection(cell.Comparisons,
            beforeAfter =>
            {
                Assert.Equal(ComparisonKind.BeforeAfter, beforeAfter.Kind);
                Assert.Equal((2, 4, Direction.Improved), (beforeAfter.Sources, beforeAfter.BestLevel, beforeAfter.Direction));
                Assert.Equal("Microneedling: better after treatment (no comparison group)", beforeAfter.Reading);
            },
            laser =>
            {
                Assert.Equal(ComparisonKind.ActiveComparator, laser.Kind);
                Assert.Equal((1, 2, Direction.NoDifference), (laser.Sources, laser.BestLevel, laser.Direction));
                Assert.Equal("Microneedling: no different from fractional laser", laser.Reading);
            });
    }

    [Fact]
    public void TreatmentFilter_ReadsEachFindingsOwnTreatment_NotTheSourcesFirst()
    {
        // A finding that names no treatment, in a source of two, belongs to neither: it is not counted for the first.
        var unattributed = Source("two-arms", StudyDesign.RandomisedControlledTrial, 40,
            new Finding("acne-scars", "scar-appearance", null, null, Direction.Improved, "Fixture effect.", Certainty.Low)) with
        {
            Interventions = ["microneedling", "fractional-laser"],
        };
        var laser = Source("laser", StudyDesign.CaseSeries, 20, Finding(Direction.Improved, intervention: "fractional-laser"));

        Assert.Empty(Builder.Build([unattributed], "microneedling").Cells);
        var cell = Assert.Single(Builder.Build([unattributed, laser], "fractional-laser").Cells);
        Assert.Equal(1, cell.Sources);
    }

    [Fact]
    public void ConditionFilter_KeepsTheConditionAndTheOnesBelowIt()
    {
        var sources = new[]
        {
            Source("acne", StudyDesign.CaseSeries, 20, Finding(Direction.Improved)),
            Source("rosacea", StudyDesign.CaseSeries, 20, Finding(Direction.Improved, condition: "rosacea")),
        };

        Assert.Equal(["acne-scars"], Builder.Build(sources, conditionId: "scars").Conditions.Select(c => c.Id));
        Assert.Equal(2, Builder.Build(sources).Conditions.Count);
    }
}
