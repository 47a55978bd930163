using Evidence.Corpus.Model;
using Evidence.Synthesis.Summaries;
using static Evidence.Synthesis.Tests.Synthesis.SynthesisFixtures;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>What to check in a source's summary, in words about the summary, not the study.</summary>
public sealed class CautionsTests
{
    private static string? For(ReviewStatus status, Verification verification, params string[] unverified) =>
        Cautions.For(Source("s", StudyDesign.CaseSeries, 10) with
        {
            Review = new Review(status, verification, [], unverified, null, []),
        });

    [Fact]
    public void ReviewedAndVerified_NeedsNoCaution() => Assert.Null(For(ReviewStatus.Reviewed, Verification.Verified));

    [Fact]
    public void Draft_SaysItIsNotYetReviewed_AndNamesTheDetailsNotVerified()
    {
        Assert.Equal("Draft summary: not yet reviewed by a second person.", For(ReviewStatus.Draft, Verification.Verified));
        Assert.Equal("Draft summary, not yet reviewed by a second person; details not verified against the publication: pmid, pages.",
            For(ReviewStatus.Draft, Verification.PartlyVerified, "pmid", "pages"));
    }

    [Fact]
    public void ReviewedButPartlyVerified_NamesOnlyTheDetails() =>
        Assert.Equal("Details not verified against the publication: doi.", For(ReviewStatus.Reviewed, Verification.PartlyVerified, "doi"));
}
