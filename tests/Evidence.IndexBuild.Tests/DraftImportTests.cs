using System.Text.Json;
using Evidence.Corpus.Importing;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.IndexBuild.Tests;

/// <summary>Mapping records to drafts: identifiers, design, ids, de-duplication and YAML that reads back unchanged.</summary>
public sealed class DraftImportTests : IDisposable
{
    private readonly TemporaryFolder _out = new();

    public void Dispose() => _out.Dispose();

    [Theory]
    [InlineData("Meta-Analysis|Systematic Review|Review|Journal Article", StudyDesign.MetaAnalysis)]
    [InlineData("Journal Article|Systematic Review", StudyDesign.SystematicReview)]
    [InlineData("Randomized Controlled Trial", StudyDesign.RandomisedControlledTrial)]
    [InlineData("practice guideline", StudyDesign.Guideline)]
    [InlineData("Guideline", StudyDesign.Guideline)]
    [InlineData("Controlled Clinical Trial", StudyDesign.NonRandomisedControlledTrial)]
    [InlineData("Clinical Trial", StudyDesign.NonRandomisedControlledTrial)]
    [InlineData("Observational Study", StudyDesign.Cohort)]
    [InlineData("Case Reports", StudyDesign.CaseReport)]
    [InlineData("Journal Article|Review", StudyDesign.NarrativeReview)]
    public void PublicationTypes_NameTheMostSpecificDesign(string types, StudyDesign design)
    {
        var (chosen, type) = PublicationTypeDesigns.Choose(types.Split('|'));

        Assert.Equal(design, chosen);
        Assert.NotNull(type);
    }

    [Theory]
    [InlineData("Journal Article|Comparative Study")]
    [InlineData("")]
    public void PublicationTypes_ThatNameNoDesign_FallBackToTheWeakestLevel(string types)
    {
        var (design, type) = PublicationTypeDesigns.Choose(types.Split('|', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(StudyDesign.NarrativeReview, design);
        Assert.Null(type);
        Assert.Equal(EvidenceLevel.Weakest, EvidenceLevel.DefaultFor(design));
    }

    [Theory]
    [InlineData("Paixão", 2017, "The Effects of Microneedling", "paixao-2017-effects-microneedling")]
    [InlineData("O'Brien", 2020, "Skin needling: what we know", "obrien-2020-skin-needling-know")]
    [InlineData("American Academy of Dermatology", 2018, "Microneedling", "american-academy-2018-microneedling")]
    [InlineData(null, 2018, "Microneedling", "2018-microneedling")]
    [InlineData("Ångström", 2019, "Ça va: Łódź", "angstrom-2019-ca-va-lodz")]
    public void StudyIds_AreKebabCaseAsciiFromAuthorYearAndTitleWords(string? author, int year, string title, string id)
    {
        Assert.Equal(id, StudyIds.Propose(author, year, title));
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id);
    }

    [Fact]
    public void StudyIds_StayWithinTheLimit_AndTakeASuffixWhenTaken()
    {
        var id = StudyIds.Propose("Chandrashekar-Venkataramanappa", 2014, string.Concat(Enumerable.Repeat("Extraordinarilylongword ", 12)));
        var taken = new HashSet<string> { id, id[..^2] + "-2" };

        Assert.True(id.Length <= StudyIds.MaxLength, id);
        Assert.Equal("alster-2018-microneedling-2", StudyIds.Unique("alster-2018-microneedling", new HashSet<string> { "alster-2018-microneedling" }.Contains));
        Assert.True(StudyIds.Unique(id, taken.Contains).Length <= StudyIds.MaxLength);
    }

    [Fact]
    public void RecordWithNoDoiPmidOrUrl_IsSkippedWithTheReason()
    {
        var outcome = Assert.Single(Import(Item(title: "Skin needling as a treatment for acne scarring: An up-to-date review of the literature")));

        Assert.Equal(ImportStatus.Failed, outcome.Status);
        Assert.Contains("no DOI, PMID, URL or corpus id", outcome.Message);
        Assert.Single(Directory.GetFiles(_out.Path)); // the vocabulary only
    }

    [Fact]
    public void RecordKnownOnlyByItsCorpusId_ImportsWithIt_AndOnlyOnce()
    {
        var first = Assert.Single(Import(Item(note: "Corpus ID: scifact:4983")));
        var again = Assert.Single(Import(Item(note: "Corpus ID: scifact:4983")));

        Assert.Equal(ImportStatus.Imported, first.Status);
        Assert.Equal(ImportStatus.AlreadyPresent, again.Status);
        var summary = Assert.Single(CorpusLoader.Load(_out.Path).Summaries);
        Assert.Equal(new Identifiers(null, null, null, null, "scifact:4983"), summary.Identifiers);
        Assert.Contains("corpus", summary.Review.UnverifiedFields);
    }

    [Fact]
    public void MalformedCorpusId_IsLeftOut_AndTheRecordSkippedWithoutAnotherIdentifier()
    {
        var outcome = Assert.Single(Import(Item(note: "Corpus ID: 4983")));

        Assert.Equal(ImportStatus.Failed, outcome.Status);
        Assert.Contains("no DOI, PMID, URL or corpus id", outcome.Message);
    }

    [Fact]
    public void InvalidDoi_IsLeftOutWithANote_WhenAnotherIdentifierRemains()
    {
        Import(Item(doi: "not a doi", pmid: "28796657"));

        var summary = Assert.Single(CorpusLoader.Load(_out.Path).Summaries);
        Assert.Null(summary.Identifiers.Doi);
        Assert.Equal("28796657", summary.Identifiers.Pmid);
        Assert.Contains("The DOI 'not a doi' is not a valid DOI and was left out.", summary.Review.Notes);
    }

    [Theory]
    [InlineData("https://doi.org/10.1097/DSS.0000000000001248")]
    [InlineData("http://dx.doi.org/10.1097%2FDSS.0000000000001248")]
    [InlineData("doi: 10.1097/DSS.0000000000001248")]
    public void DoiResolverPrefixes_AreStripped(string doi)
    {
        Import(Item(doi: doi));

        Assert.Equal("10.1097/DSS.0000000000001248", Assert.Single(CorpusLoader.Load(_out.Path).Summaries).Identifiers.Doi);
    }

    [Fact]
    public void RecordAlreadyInTheCorpus_IsMatchedByDoiIgnoringCase()
    {
        var importer = ReferenceImporter.Open(_out.Path, Fixtures.Vocabulary, [RepositoryPaths.Corpus]);

        var outcome = Assert.Single(importer.Import("zotero.json", Item(doi: "10.1016/J.BJPS.2017.06.006")));

        Assert.Equal(ImportStatus.AlreadyPresent, outcome.Status);
        Assert.Equal("ramaut-2018-microneedling-systematic-review", outcome.Id);
    }

    [Fact]
    public void RecordGivenTwiceInOneFile_IsImportedOnce_AndMatchedByPmid()
    {
        var outcomes = Import($"[{Item(pmid: "28796657")}, {Item(doi: "10.1097/DSS.0000000000001248", pmid: "28796657")}]");

        Assert.Equal([ImportStatus.Imported, ImportStatus.AlreadyPresent], outcomes.Select(outcome => outcome.Status));
    }

    [Fact]
    public void DifferentRecordsWithTheSameIdWords_GetASuffix()
    {
        var outcomes = Import($"[{Item(pmid: "1")}, {Item(pmid: "2")}]");

        Assert.Equal(["alster-2018-microneedling-review-practical-guide", "alster-2018-microneedling-review-practical-guide-2"], outcomes.Select(outcome => outcome.Id));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("Yes")]
    [InlineData("- a list? no: a title # with a hash")]
    [InlineData("\"Quoted\" and 'quoted', a \\ backslash, {braces} & [brackets]")]
    [InlineData("Cicatrices atróficas: ¿microagujas? 微针")]
    [InlineData("  leading and trailing spaces  ")]
    public void AwkwardText_ReadsBackUnchanged(string title)
    {
        Import(Item(title: title, pmid: "1", journal: title));

        var summary = Assert.Single(CorpusLoader.Load(_out.Path).Summaries);
        Assert.Equal(title.Trim(), summary.Title);
        Assert.Equal(title.Trim(), summary.Publication.Journal);
    }

    [Fact]
    public void LongAbstractWithParagraphs_IsWrittenAsABlock_AndReadsBackUnchanged()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Fixture abstract text for import tests: 50% of 12 \"rated\" #1.", 30));
        var text = $"BACKGROUND: {paragraph}\n\nCONCLUSION: {paragraph}";

        var outcome = Assert.Single(Import(Item(pmid: "1", abstractText: text)));

        var yaml = File.ReadAllText(Path.Combine(_out.Path, outcome.Id + ".yaml"));
        Assert.Contains("abstract: >-\n", yaml);
        Assert.All(yaml.Split('\n'), line => Assert.True(line.Length <= 120, line));
        Assert.Equal(text, Assert.Single(CorpusLoader.Load(_out.Path).Summaries).Abstract);
    }

    [Fact]
    public void DraftFile_StartsWithTheSchemaModeline()
    {
        var outcome = Assert.Single(Import(Item(pmid: "1")));

        var yaml = File.ReadAllText(Path.Combine(_out.Path, outcome.Id + ".yaml"));
        Assert.StartsWith(DraftSummaryWriter.Modeline + "\nid: " + outcome.Id + "\n", yaml);
    }

    [Fact]
    public void OverlongVolume_IsLeftOutWithANote()
    {
        Import(Item(pmid: "1", volume: "Volume 44, Supplement 2, Part B (Proceedings)"));

        var summary = Assert.Single(CorpusLoader.Load(_out.Path).Summaries);
        Assert.Null(summary.Publication.Volume);
        Assert.Contains("The volume was 45 characters, over the corpus limit of 20, and was left out.", summary.Review.Notes);
    }

    [Fact]
    public void OutputFolderWithItsOwnVocabulary_KeepsIt()
    {
        var own = "concepts:\n  - { id: scars, kinds: [condition], label: Scars }\n";
        _out.File("vocabulary.yaml", own);

        var importer = ReferenceImporter.Open(_out.Path, Fixtures.Vocabulary, []);
        importer.Import("zotero.json", Item(pmid: "1", keyword: "microneedling, scars"));

        Assert.Equal(own, File.ReadAllText(Path.Combine(_out.Path, "vocabulary.yaml")));
        var summary = Assert.Single(CorpusLoader.Load(_out.Path).Summaries);
        Assert.Equal(["scars"], summary.Conditions);
        Assert.Empty(summary.Interventions);
    }

    [Fact]
    public void InvalidVocabulary_StopsTheImportBeforeAnythingIsWritten()
    {
        var vocabulary = _out.File("bad/vocabulary.yaml", "concepts: [ { id: Not Valid } ]\n");
        var target = Path.Combine(_out.Path, "drafts");

        var setup = Assert.Throws<ImportSetupException>(() => ReferenceImporter.Open(target, vocabulary, []));

        Assert.Contains("has errors", setup.Message);
        Assert.False(Directory.Exists(target));
    }

    private IReadOnlyList<ImportOutcome> Import(string json) =>
        ReferenceImporter.Open(_out.Path, Fixtures.Vocabulary, []).Import("test.json", json);

    /// <summary>A CSL-JSON item, by default Alster &amp; Graham 2018 (citation list item 3) without identifiers.</summary>
    private static string Item(string title = "Microneedling: A Review and Practical Guide", string? doi = null, string? pmid = null,
        string journal = "Dermatol Surg", string? abstractText = null, string? volume = null, string? keyword = null, string? note = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "article-journal",
            ["title"] = title,
            ["container-title"] = journal,
            ["author"] = new[] { new { family = "Alster", given = "Tina S." }, new { family = "Graham", given = "Paul M." } },
            ["issued"] = new { raw = "2018" },
            ["DOI"] = doi,
            ["PMID"] = pmid,
            ["abstract"] = abstractText,
            ["volume"] = volume,
            ["keyword"] = keyword,
            ["note"] = note,
        });
}
