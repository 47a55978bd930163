using Evidence.Corpus.Model;
using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

/// <summary>A citation that lacks a required element, or prints an unverified one, is never presented as ready.</summary>
public sealed class CompletenessTests
{
    private static readonly StudySummary Complete = SourceFixtures.Get(SourceFixtures.CompleteArticle);

    public static TheoryData<string, CitationStyle> StylesAndRemovals()
    {
        var data = new TheoryData<string, CitationStyle>();
        foreach (var removal in Removals.Keys)
            foreach (var style in CitationStyles.All)
                data.Add(removal, style);
        return data;
    }

    /// <summary>Each takes one required element away from a complete, verified journal article.</summary>
    private static readonly Dictionary<string, Func<StudySummary, StudySummary>> Removals = new()
    {
        ["authors"] = s => s with { Authors = [] },
        ["year"] = s => s with { Year = null, Publication = s.Publication with { Date = null } },
        ["journal"] = s => s with { Publication = s.Publication with { Journal = null, JournalAbbreviation = null } },
        ["volume"] = s => s with { Publication = s.Publication with { Volume = null } },
        ["pages"] = s => s with { Publication = s.Publication with { Pages = null } },
    };

    [Fact]
    public void CompleteVerifiedArticle_IsReadyInEveryStyle()
    {
        foreach (var style in CitationStyles.All)
        {
            var verdict = Citations.Citations.Completeness(Complete, style);
            Assert.True(verdict.Ready, $"{style}: {verdict.Warning}");
            Assert.Null(verdict.Warning);
        }
    }

    [Theory]
    [MemberData(nameof(StylesAndRemovals))]
    public void MissingRequiredField_IsNeverReturnedWithoutTheWarning(string removed, CitationStyle style)
    {
        var incomplete = Removals[removed](Complete);

        var cited = Citations.Citations.Cite(incomplete, style);

        Assert.False(cited.Completeness.Ready);
        Assert.NotEmpty(cited.Completeness.Missing);
        Assert.Contains("missing", cited.Completeness.Warning);
        Assert.EndsWith("check before publishing", cited.Completeness.Warning);
    }

    [Fact]
    public void AmaAndVancouver_NeedTheAbbreviation_ApaAndTheFormats_NeedTheFullTitle()
    {
        var abbreviationOnly = Complete with { Publication = Complete.Publication with { Journal = "JAMA Dermatol" } };
        var fullTitleOnly = Complete with { Publication = Complete.Publication with { JournalAbbreviation = null } };

        Assert.Equal([CitationField.Journal], Citations.Citations.Completeness(abbreviationOnly, CitationStyle.Apa).Missing);
        Assert.Equal([CitationField.Journal], Citations.Citations.Completeness(abbreviationOnly, CitationStyle.Bibtex).Missing);
        Assert.True(Citations.Citations.Completeness(abbreviationOnly, CitationStyle.Ama).Ready);
        Assert.Equal([CitationField.JournalAbbreviation], Citations.Citations.Completeness(fullTitleOnly, CitationStyle.Ama).Missing);
        Assert.Equal([CitationField.JournalAbbreviation], Citations.Citations.Completeness(fullTitleOnly, CitationStyle.Vancouver).Missing);
        Assert.True(Citations.Citations.Completeness(fullTitleOnly, CitationStyle.Apa).Ready);
    }

    [Fact]
    public void UnverifiedField_IsFlaggedOnlyInTheStylesThatPrintIt()
    {
        var pmidUnverified = Complete with { Review = Complete.Review with { Verification = Verification.PartlyVerified, UnverifiedFields = ["pmid", "last-page"] } };

        var ama = Citations.Citations.Completeness(pmidUnverified, CitationStyle.Ama);
        var vancouver = Citations.Citations.Completeness(pmidUnverified, CitationStyle.Vancouver);

        Assert.Equal([CitationField.Pages], ama.Unverified);
        Assert.Equal([CitationField.Pages, CitationField.Pmid], vancouver.Unverified);
        Assert.Equal("pages and PMID not verified: check before publishing", vancouver.Warning);
    }

    [Fact]
    public void WebPage_WithoutAccessedDate_IsIncompleteInAmaAndVancouverOnly()
    {
        var release = SourceFixtures.Get(SourceFixtures.PressRelease);

        Assert.Equal([CitationField.Accessed], Citations.Citations.Completeness(release, CitationStyle.Ama).Missing);
        Assert.Equal([CitationField.Accessed], Citations.Citations.Completeness(release, CitationStyle.Vancouver).Missing);
        Assert.True(Citations.Citations.Completeness(release, CitationStyle.Apa).Ready);
        Assert.True(Citations.Citations.Completeness(SourceFixtures.Get(SourceFixtures.PressReleaseAccessed), CitationStyle.Ama).Ready);
    }

    [Fact]
    public void TitleRecasedFromTitleCase_AsksForACheck_ButASentenceCaseTitleDoesNot()
    {
        var titleCase = Citations.Citations.Completeness(SourceFixtures.Get(SourceFixtures.ReviewWithManyAuthors), CitationStyle.Apa);
        var sentenceCase = Citations.Citations.Completeness(Complete, CitationStyle.Apa);

        Assert.Contains(titleCase.Checks, check => check.Contains("proper names", StringComparison.Ordinal));
        Assert.Empty(sentenceCase.Checks);
    }

    [Fact]
    public void ArticleWithoutACanonicalLink_AsksTheReaderToFindItByItsReference_InEveryStyle()
    {
        var unlinked = Complete with
        {
            Identifiers = new Identifiers(null, null, null, null),
            Review = Complete.Review with { UnlinkedReason = "only a mirror copy was found" },
        };

        foreach (var style in CitationStyles.All)
        {
            var verdict = Citations.Citations.Completeness(unlinked, style);
            Assert.Contains(verdict.Checks, check => check.StartsWith("no canonical link", StringComparison.Ordinal) && check.EndsWith("only a mirror copy was found", StringComparison.Ordinal));
            Assert.DoesNotContain(Citations.Citations.Completeness(Complete, style).Checks, check => check.StartsWith("no canonical link", StringComparison.Ordinal));
        }
    }
}
