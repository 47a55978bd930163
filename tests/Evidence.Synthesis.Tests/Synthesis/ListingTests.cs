using Evidence.Corpus.Model;
using Evidence.Synthesis.Claims;
using Evidence.Synthesis.Summaries;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>Lists stop at <see cref="Listing.Limit"/>, strongest first; counts, totals and verdicts still cover every source.</summary>
public sealed class ListingTests
{
    private const int Many = Listing.Limit * 3 + 7;

    // Case series (level 4) first in input order, then the randomised trials (level 2) the lists must put first.
    private static readonly List<StudySummary> Sources =
    [
        .. Enumerable.Range(0, Many - 10).Select(i => Source($"series-{i:D3}", StudyDesign.CaseSeries, 10, Finding(Direction.Improved))),
        .. Enumerable.Range(0, 10).Select(i => Source($"trial-{i:D3}", StudyDesign.RandomisedControlledTrial, 40, Finding(Direction.Improved))),
    ];

    [Fact]
    public void Summary_ListsTheStrongestFindingsAndReports_CountsThemAll()
    {
        var summary = new OutcomeSummaryBuilder(Vocabulary).Build(Sources, "acne-scars");

        var outcome = Assert.Single(summary.Outcomes);
        Assert.Equal(Many, outcome.Sources);
        Assert.Equal(Many, outcome.Directions.Improved);
        Assert.Equal(Many, outcome.FindingsTotal);
        Assert.Equal(Listing.Limit, outcome.Findings.Count);
        Assert.All(outcome.Findings.Take(10), f => Assert.StartsWith("trial-", f.SourceId));
        var erythema = Assert.Single(summary.AdverseEvents);
        Assert.Equal(Many, erythema.Sources);
        Assert.Equal(Many, erythema.ReportsTotal);
        Assert.Equal(Listing.Limit, erythema.Reports.Count);
    }

    [Fact]
    public void ClaimCheck_ListsTheStrongestFindings_ReasonAndTotalsCountThemAll()
    {
        var check = new ClaimChecker(Vocabulary).Check("Microneedling improves acne scars", Sources);

        Assert.Equal(Verdict.Supported, check.Verdict);
        Assert.Equal(Many, check.SupportingTotal);
        Assert.Equal(Listing.Limit, check.Supporting.Count);
        Assert.All(check.Supporting.Take(10), f => Assert.StartsWith("trial-", f.SourceId));
        Assert.Contains($"{Many} findings from {Many} sources", check.Reason);
    }
}
