using Evidence.Corpus.Model;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Summaries;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>The summary of findings: comparisons kept apart, certainty per comparison, harms read as harms.</summary>
public sealed class OutcomeSummaryBuilderTests
{
    private static readonly OutcomeSummaryBuilder Fixtures = new(ComparisonFixtures.Vocabulary);

    private static StudySummary Trial(string id, int participants, params Finding[] findings) =>
        Source(id, StudyDesign.RandomisedControlledTrial, participants, findings);

    [Fact]
    public void EachComparison_HasItsOwnCertainty_AndNoneHoldsAnotherComparisonsFindings()
    {
        var sources = new[]
        {
            Trial("vs-control", 500, Finding(Direction.Improved, "no-active-treatment")),
            Trial("vs-laser", 500, Finding(Direction.NoDifference, "fractional-co2-laser")),
            Trial("prp-added", 500, Finding(Direction.Improved, "microneedling", "microneedling-with-prp")),
            Trial("before-after", 500, Finding(Direction.Improved)),
        };

        var outcome = Assert.Single(Fixtures.Build(sources, "acne-scars").Outcomes);

        Assert.Equal(4, outcome.Comparisons.Count);
        Assert.All(outcome.Comparisons, c => Assert.All(c.Findings, f => Assert.Equal(c.Comparison.Key, f.Comparison.Key)));
        Assert.Equal(4, outcome.Comparisons.Select(c => c.Comparison.Key).Distinct().Count());
        Assert.All(outcome.Comparisons, c => Assert.DoesNotContain(c.CertaintyReasons, r => r.Contains("inconsistency")));
        Assert.Equal(Certainty.High, outcome.Comparisons.Single(c => c.Comparison.Comparator?.Id == "fractional-co2-laser").Certainty);
        Assert.Equal(Certainty.Low, outcome.Comparisons.Single(c => c.Comparison.Kind == ComparisonKind.BeforeAfter).Certainty);
    }

    [Fact]
    public void CombinationEvidence_AnsweringTheTreatmentAlone_IsIndirect_AndNeverModerateFromTwoSmallTrials()
    {
        var sources = new[]
        {
            Trial("mn-minoxidil-1", 40, Finding(Direction.Improved, "minoxidil", "microneedling-with-minoxidil", "alopecia")),
            Trial("mn-minoxidil-2", 60, Finding(Direction.Improved, "minoxidil", "microneedling-with-minoxidil", "alopecia")),
        };

        var comparison = Assert.Single(Assert.Single(Fixtures.Build(sources, "alopecia", interventionId: "microneedling").Outcomes).Comparisons);

        Assert.Equal(Directness.Indirect, comparison.Fit?.Directness);
        Assert.True(comparison.Certainty < Certainty.Moderate, $"certainty {comparison.Certainty}: {string.Join("; ", comparison.CertaintyReasons)}");
        Assert.Contains(comparison.CertaintyReasons, r => r.StartsWith("down one (indirectness)"));
        Assert.Contains(comparison.CertaintyReasons, r => r.StartsWith("down one (imprecision): 100 participants"));
    }

    [Fact]
    public void DirectComparisons_ComeBeforeIndirectOnes_ForARequestedTreatment()
    {
        var sources = new[]
        {
            Trial("combo", 500, Finding(Direction.Improved, "microneedling", "microneedling-with-prp")),
            Source("alone", StudyDesign.CaseSeries, 20, Finding(Direction.Improved, "no-active-treatment")),
            Trial("laser-only", 500, Finding(Direction.Improved, "no-active-treatment", "fractional-co2-laser")),
        };

        var outcome = Assert.Single(Fixtures.Build(sources, "acne-scars", interventionId: "microneedling").Outcomes);

        Assert.Equal(["microneedling vs no-active-treatment", "microneedling-with-prp vs microneedling"], outcome.Comparisons.Select(c => c.Comparison.Key));
        Assert.Equal([Directness.Direct, Directness.Indirect], outcome.Comparisons.Select(c => c.Fit!.Directness));
    }

    [Fact]
    public void EventsLookedForAndNotSeen_AreListedApart_AndNeverCountedAsReports()
    {
        var seen = Trial("seen", 40, Finding(Direction.Improved, "no-active-treatment"));
        var notSeen = Trial("not-seen", 40, Finding(Direction.Improved, "no-active-treatment")) with
        {
            AdverseEvents = [new AdverseEvent("erythema", "No erythema was observed.", Severity.NotReported, null, Observed: false)],
        };
        var onlyNotSeen = Trial("only-not-seen", 40, Finding(Direction.Improved, "no-active-treatment")) with
        {
            AdverseEvents = [new AdverseEvent("infection", "No infections were reported.", Severity.NotReported, null, Observed: false)],
        };

        var summary = new OutcomeSummaryBuilder(Vocabulary).Build([seen, notSeen, onlyNotSeen], "acne-scars");

        var erythema = summary.AdverseEvents.Single(a => a.Event.Id == "erythema");
        Assert.Equal((1, 1), (erythema.Sources, erythema.ReportsTotal));
        Assert.Equal("seen", Assert.Single(erythema.Reports).SourceId);
        Assert.Equal("not-seen", Assert.Single(erythema.NotSeen).SourceId);
        var infection = summary.AdverseEvents.Single(a => a.Event.Id == "infection");
        Assert.Equal((0, 0, 1), (infection.Sources, infection.ReportsTotal, infection.NotSeenTotal));
        Assert.Empty(infection.Reports);
    }

    [Fact]
    public void AdverseEventOutcome_IsAHarmResult_ListedAfterTheBenefits()
    {
        var rat = Source("rat", StudyDesign.AnimalOrLaboratory, null,
            new Finding("acne-scars", "hyperpigmentation", "microneedling", "no-active-treatment", Direction.NoDifference, "No hyperpigmentation was seen.", Certainty.VeryLow));
        var trial = Trial("trial", 40, Finding(Direction.Improved, "no-active-treatment"));

        var outcomes = Fixtures.Build([rat, trial], "acne-scars").Outcomes;

        Assert.Equal([("scar-appearance", false), ("hyperpigmentation", true)], outcomes.Select(o => (o.Outcome.Id, o.Harm)));
        var finding = Assert.Single(Assert.Single(outcomes[1].Comparisons).Findings);
        Assert.Equal("Microneedling: no difference in hyperpigmentation from no active treatment", finding.Reading);
    }
}
