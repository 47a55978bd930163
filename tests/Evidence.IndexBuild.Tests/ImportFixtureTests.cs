using Evidence.Corpus.Importing;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.IndexBuild.Tests;

/// <summary>Each checked-in fixture, one per format, imported end to end into a temporary corpus folder.</summary>
public sealed class ImportFixtureTests : IDisposable
{
    private readonly TemporaryFolder _out = new();

    public void Dispose() => _out.Dispose();

    public static TheoryData<string, string> FormatOfEachFixture => new()
    {
        { "pubmed.nbib", "nbib" },
        { "pubmed.xml", "pubmed-xml" },
        { "zotero.json", "csl-json" },
        { "zotero.ris", "ris" },
    };

    [Theory]
    [MemberData(nameof(FormatOfEachFixture))]
    public void Detect_PicksTheFixturesFormat(string fixture, string format)
    {
        var detected = ReferenceFormats.Detect(File.ReadAllText(Fixtures.Path(fixture)));

        Assert.Equal(format, detected is { } value ? Names<ReferenceFormat>.Id(value) : null);
    }

    [Theory]
    [InlineData("pubmed.nbib")]
    [InlineData("pubmed.xml")]
    [InlineData("zotero.json")]
    [InlineData("zotero.ris")]
    public void Fixture_ImportsDraftsThatTheCorpusLoaderAccepts(string fixture)
    {
        var outcomes = Import(fixture);

        var snapshot = CorpusLoader.Load(_out.Path);
        Assert.Empty(snapshot.Errors.Select(error => error.ToString()));
        Assert.Equal(3, outcomes.Count(outcome => outcome.Status == ImportStatus.Imported));
        Assert.Equal(
            outcomes.Where(outcome => outcome.Status == ImportStatus.Imported).Select(outcome => outcome.Id).Order(),
            snapshot.Summaries.Select(summary => summary.Id).Order());
        Assert.All(snapshot.Summaries, summary =>
        {
            Assert.Equal(ReviewStatus.Imported, summary.Review.Status);
            Assert.Equal(Verification.Unverified, summary.Review.Verification);
            Assert.Contains("title", summary.Review.UnverifiedFields);
            Assert.StartsWith("Imported from ", summary.Review.Notes);
            Assert.Contains($" file {fixture} record ", summary.Review.Notes);
            Assert.Empty(summary.Findings);
        });
    }

    [Theory]
    [InlineData("pubmed.nbib", "24919799", "10.1001/jamadermatol.2013.8687", "randomised-controlled-trial", "acne-scars")]
    [InlineData("pubmed.xml", "27755171", "10.1097/DSS.0000000000000924", "narrative-review", "scars")]
    [InlineData("zotero.json", "31985622", "10.1097/PRS.0000000000006462", "cohort", "scars")]
    [InlineData("zotero.ris", "33584968", null, "systematic-review", "microneedling")]
    public void Fixture_KeepsIdentifiers_MapsDesignAndVocabularyConcepts(string fixture, string pmid, string? doi, string design, string concept)
    {
        Import(fixture);

        var summary = Assert.Single(CorpusLoader.Load(_out.Path).Summaries, summary => summary.Identifiers.Pmid == pmid);
        Assert.Equal(doi, summary.Identifiers.Doi);
        Assert.Equal(design, Names<StudyDesign>.Id(summary.Design));
        Assert.Contains(concept, summary.Conditions.Concat(summary.Interventions));
    }

    [Theory]
    [InlineData("pubmed.nbib", "69")]
    [InlineData("pubmed.xml", "95:4")]
    [InlineData("zotero.json", "42")]
    [InlineData("zotero.ris", "40")]
    public void Fixture_ReportsTheMalformedRecordWithItsPosition_AndImportsTheRest(string fixture, string position)
    {
        var outcomes = Import(fixture);

        var failed = Assert.Single(outcomes, outcome => outcome.Status == ImportStatus.Failed);
        Assert.Equal(3, failed.Record);
        Assert.Equal(position, failed.Position.ToString());
        Assert.StartsWith($"{Fixtures.Path(fixture)}:{position}: record 3", failed.ToString());
        Assert.Equal(outcomes.Count - 1, outcomes.Count(outcome => outcome.Status == ImportStatus.Imported));
    }

    [Theory]
    [InlineData("pubmed.nbib")]
    [InlineData("pubmed.xml")]
    [InlineData("zotero.json")]
    [InlineData("zotero.ris")]
    public void Fixture_ImportedTwice_AddsNothingTheSecondTime(string fixture)
    {
        var first = Import(fixture);
        var filesAfterFirst = Directory.GetFiles(_out.Path).Order().ToArray();

        var second = Import(fixture);

        Assert.Equal(filesAfterFirst, Directory.GetFiles(_out.Path).Order());
        Assert.DoesNotContain(second, outcome => outcome.Status == ImportStatus.Imported);
        foreach (var imported in first.Where(outcome => outcome.Status == ImportStatus.Imported))
        {
            var again = Assert.Single(second, outcome => outcome.Record == imported.Record);
            Assert.Equal(ImportStatus.AlreadyPresent, again.Status);
            Assert.Equal(imported.Id, again.Id);
            Assert.EndsWith($"already present as {imported.Id}", again.Message);
        }
    }

    [Fact]
    public void Import_CopiesTheVocabulary_SoTheOutputFolderValidatesAsACorpus()
    {
        Import("pubmed.nbib");

        Assert.Equal(File.ReadAllBytes(Fixtures.Vocabulary), File.ReadAllBytes(Path.Combine(_out.Path, "vocabulary.yaml")));
    }

    [Fact]
    public void Nbib_MapsMeshHeadings_AndTakesFullAuthorNames()
    {
        Import("pubmed.nbib");

        var summary = Summary("alster-2018-microneedling-review-practical-guide");
        Assert.Equal(["microneedling"], summary.Interventions);
        Assert.Equal(["scars"], summary.Conditions);
        Assert.Equal(new Author("Alster", "Tina S", null), summary.Authors[0]);
        Assert.Equal("Microneedling: A Review and Practical Guide", summary.Title);
        // PubMed gives the NLM abbreviation (TA) only: it is the abbreviation, and no full title is made up.
        Assert.Equal(new Publication(PublicationType.JournalArticle, null, "Dermatol Surg", null, "44", "3", "397-404", "2018-03"), summary.Publication);
        Assert.Equal("Fixture abstract text for import tests. It is a placeholder, not the article's abstract, and this second line is a continuation.", summary.Abstract);
    }

    [Fact]
    public void PubmedXml_JoinsLabelledAbstractParts_AndKeepsOnlyTheYearOfADateRange()
    {
        Import("pubmed.xml");

        Assert.Equal("BACKGROUND: Fixture abstract text for import tests.\n\nCONCLUSION: Fixture abstract text, second labelled part.",
            Summary("hou-2017-microneedling-comprehensive-review").Abstract);
        var chandrashekar = Assert.Single(CorpusLoader.Load(_out.Path).Summaries, summary => summary.Identifiers.Pmid == "25136209");
        Assert.Equal("2014", chandrashekar.Publication.Date);
        Assert.Equal("PMC4134659", chandrashekar.Identifiers.Pmcid);
        Assert.Equal(PublicationTypeDesigns.Fallback, chandrashekar.Design);
        Assert.Contains("no publication type names one (given: Journal Article)", chandrashekar.Review.Notes);
        var iosifidis = Assert.Single(CorpusLoader.Load(_out.Path).Summaries, summary => summary.Identifiers.Pmid == "31807320");
        Assert.Equal("Scars, Burns & Healing", iosifidis.Publication.Journal);
        Assert.Equal("Scars Burn Heal", iosifidis.Publication.JournalAbbreviation);
        Assert.Equal(new Author("Goutos", "I", null), iosifidis.Authors[1]);
    }

    [Fact]
    public void CslJson_StripsTheDoiResolverPrefix_ReadsPmidFromTheNote_AndKeepsAUrlOnlyRecord()
    {
        Import("zotero.json");

        var iriarte = Assert.Single(CorpusLoader.Load(_out.Path).Summaries, summary => summary.Identifiers.Pmid == "28848356");
        Assert.Equal(new Identifiers("10.2147/CCID.S142450", "28848356", "PMC5556180", null), iriarte.Identifiers);
        Assert.Equal(["acne-scars"], iriarte.Conditions);
        Assert.Equal("2017-08-08", iriarte.Publication.Date);
        var release = Summary("american-academy-2018-microneedling-experienced-hands-improve-face");
        Assert.Equal(new Identifiers(null, null, null, "https://www.aad.org/news/microneedling"), release.Identifiers);
        Assert.Equal(PublicationType.PressRelease, release.Publication.Type);
        Assert.Equal("American Academy of Dermatology", release.Publication.Publisher);
    }

    [Fact]
    public void Ris_KeepsTheDoisCase_AndAUrlOnlyRecordsUrlExactly()
    {
        Import("zotero.ris");

        var tan = Summary("tan-2021-radiofrequency-microneedling-comprehensive-critical-review");
        Assert.Equal("10.1097/dss.0000000000002972", tan.Identifiers.Doi);
        Assert.Equal(["acne-scars"], tan.Conditions);
        Assert.Equal("755-761", tan.Publication.Pages);
        var bonati = Summary("bonati-2017-microneedling-all-skin-types-review");
        Assert.Equal(new Identifiers(null, null, null, "https://scholars.mssm.edu/en/publications/microneedling-in-all-skin-types-a-review-2"), bonati.Identifiers);
        Assert.Equal("Journal of Drugs in Dermatology", bonati.Publication.Journal);
    }

    private IReadOnlyList<ImportOutcome> Import(string fixture) =>
        ReferenceImporter.Open(_out.Path, Fixtures.Vocabulary, []).ImportFile(Fixtures.Path(fixture));

    private StudySummary Summary(string id)
    {
        var file = CorpusLoader.LoadSource(_out.Path, Path.Combine(_out.Path, id + ".yaml"), CorpusLoader.LoadVocabulary(_out.Path, []));
        Assert.Empty(file.Errors);
        return file.Summary!;
    }
}
