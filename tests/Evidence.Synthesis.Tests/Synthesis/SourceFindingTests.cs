using Evidence.Corpus.Model;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Summaries;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

public sealed class SourceFindingTests
{
    private static readonly ComparisonClassifier Classifier = new(ComparisonFixtures.Vocabulary);

    [Fact]
    public void From_KeepsTheFindingWhole_AndAddsItsSourceAndComparison()
    {
        var finding = Finding(Direction.Worsened, "in-office-microneedling", "home-microneedling-device");
        var source = Source("home-vs-office", StudyDesign.SocietyStatement, null, finding);

        var view = SourceFinding.From(source, finding, Classifier);

        Assert.Same(finding, view.Finding);
        Assert.Equal(("home-vs-office", 5), (view.SourceId, view.Level));
        Assert.Equal(ComparisonKind.ActiveComparator, view.Comparison.Kind);
        Assert.False(view.Harm);
        Assert.Equal("At-home microneedling device: worse than in-office microneedling", view.Reading);
    }

    [Fact]
    public void From_ReadsAnAdverseEventOutcome_AsAHarm()
    {
        var finding = new Finding("acne-scars", "hyperpigmentation", "microneedling", "no-active-treatment", Direction.NoDifference, "Fixture effect.", Certainty.Low);

        var view = SourceFinding.From(Source("rat", StudyDesign.AnimalOrLaboratory, null, finding), finding, Classifier);

        Assert.True(view.Harm);
        Assert.Equal("Microneedling: no difference in hyperpigmentation from no active treatment", view.Reading);
    }
}
