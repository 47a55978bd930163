using Evidence.Corpus.Importing;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Synthesis.Citations;

namespace Evidence.IndexBuild.Tests;

/// <summary>
/// Records without a date or a container, in the formats Zotero, EndNote and PubMed export, import as drafts
/// with the gap named in the review notes, and are cited "n.d." where the style says so.
/// </summary>
public sealed class IncompleteRecordImportTests : IDisposable
{
    private readonly TemporaryFolder _out = new();

    public void Dispose() => _out.Dispose();

    [Theory]
    [InlineData("zotero-incomplete.json", 4)]
    [InlineData("endnote-incomplete.ris", 3)]
    [InlineData("pubmed-incomplete.nbib", 2)]
    [InlineData("pubmed-incomplete.xml", 2)]
    public void EveryRecord_IsImportedAsADraft_ThatTheLoaderAccepts(string fixture, int records)
    {
        var outcomes = Import(fixture);

        Assert.All(outcomes, outcome => Assert.Equal(ImportStatus.Imported, outcome.Status));
        Assert.Equal(records, outcomes.Count);
        var snapshot = CorpusLoader.Load(_out.Path);
        Assert.Empty(snapshot.Errors.Select(error => error.ToString()));
        Assert.All(snapshot.Summaries, summary => Assert.Equal(ReviewStatus.Imported, summary.Review.Status));
    }

    [Theory]
    [InlineData("zotero-incomplete.json")]
    [InlineData("endnote-incomplete.ris")]
    [InlineData("pubmed-incomplete.nbib")]
    [InlineData("pubmed-incomplete.xml")]
    public void UndatedRecord_NamesTheGap_AndIsCitedNoDate(string fixture)
    {
        Import(fixture);

        var undated = CorpusLoader.Load(_out.Path).Summaries.Where(summary => summary.Year is null).ToList();
        Assert.NotEmpty(undated);
        Assert.All(undated, summary =>
        {
            Assert.Contains("No date of publication in the record", summary.Review.Notes);
            Assert.DoesNotContain("year", summary.Review.UnverifiedFields);
            Assert.Matches("(^|-)nd-", summary.Id);
            Assert.Contains("(n.d.).", Citations.Format(summary, CitationStyle.Apa));
            Assert.Contains(CitationField.Year, Citations.Completeness(summary, CitationStyle.Ama).Missing);
            if (summary.Publication.Type == PublicationType.JournalArticle)
                Assert.Contains("[date unknown]", Citations.Format(summary, CitationStyle.Vancouver));
        });
    }

    [Theory]
    [InlineData("zotero-incomplete.json")]
    [InlineData("endnote-incomplete.ris")]
    [InlineData("pubmed-incomplete.nbib")]
    [InlineData("pubmed-incomplete.xml")]
    public void RecordWithoutAJournal_NamesTheGap_AndEveryStyleSaysTheJournalIsMissing(string fixture)
    {
        Import(fixture);

        var noJournal = CorpusLoader.Load(_out.Path).Summaries
            .Where(summary => summary.Publication is { Type: PublicationType.JournalArticle, Journal: null, JournalAbbreviation: null }).ToList();
        Assert.NotEmpty(noJournal);
        Assert.All(noJournal, summary =>
        {
            Assert.Contains("names no journal", summary.Review.Notes);
            foreach (var style in CitationStyles.All)
            {
                var verdict = Citations.Completeness(summary, style);
                Assert.False(verdict.Ready);
                Assert.Contains("journal", verdict.Warning);
            }
        });
    }

    [Fact]
    public void ZoteroAndEndNote_KeepTheAccessedDate_WhichAmaPrints()
    {
        // EndNote's Cho record (with Y2) first: Zotero's copy of it is then a duplicate by URL.
        Import("endnote-incomplete.ris");
        Import("zotero-incomplete.json");

        var summaries = CorpusLoader.Load(_out.Path).Summaries;
        var release = Assert.Single(summaries, summary => summary.Identifiers.Url == "https://www.aad.org/news/microneedling");
        Assert.Equal("2026-12-02", release.Identifiers.Accessed);
        Assert.Contains("Accessed December 2, 2026.", Citations.Format(release, CitationStyle.Ama));
        var cho = Assert.Single(summaries, summary => summary.Title.StartsWith("Evaluation of the Clinical Efficacy", StringComparison.Ordinal));
        Assert.Equal("2026-12-02", cho.Identifiers.Accessed);
    }

    [Fact]
    public void AbbreviationOnly_IsKeptAsTheAbbreviation_AndApaSaysTheFullTitleIsMissing()
    {
        Import("zotero-incomplete.json");

        var kwon = Assert.Single(CorpusLoader.Load(_out.Path).Summaries, summary => summary.Identifiers.Doi == "10.1111/jdv.14714");
        Assert.Null(kwon.Publication.Journal);
        Assert.Equal("J Eur Acad Dermatol Venereol", kwon.Publication.JournalAbbreviation);
        Assert.Contains("only the journal's abbreviation", kwon.Review.Notes);
        Assert.Contains(CitationField.Journal, Citations.Completeness(kwon, CitationStyle.Apa).Missing);
        Assert.DoesNotContain(CitationField.JournalAbbreviation, Citations.Completeness(kwon, CitationStyle.Ama).Missing);
    }

    private IReadOnlyList<ImportOutcome> Import(string fixture) =>
        ReferenceImporter.Open(_out.Path, Fixtures.Vocabulary, []).ImportFile(Fixtures.Path(fixture));
}
