using System.Diagnostics;
using System.Text;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Tests;

/// <summary>Every kind of validation error, with its line and column, and hostile input in bounded time.</summary>
public sealed class LoaderTests
{
    private static readonly ConceptVocabulary Vocabulary = CorpusLoader.ReadVocabulary("vocabulary.yaml", Encoding.UTF8.GetBytes("""
        concepts:
          - { id: acne-scars, kinds: [condition], label: Atrophic acne scars, synonyms: [], lay: [acne scars] }
          - { id: scar-appearance, kinds: [outcome], label: Scar appearance, synonyms: [], lay: [] }
          - { id: microneedling, kinds: [intervention], label: Microneedling, synonyms: [], lay: [] }
          - { id: erythema, kinds: [adverse-event], label: Erythema, synonyms: [], lay: [redness] }
        """), []);

    private const string Valid = """
        id: good-2020
        title: Fixture title
        year: 2020
        publication: { type: journal-article, journal: Journal of Fixtures }
        identifiers: { doi: 10.5555/good-2020, pmid: "12345" }
        design: randomised-controlled-trial
        interventions: [microneedling]
        conditions: [acne-scars]
        findings:
          - condition: acne-scars
            outcome: scar-appearance
            direction: improved
            effect: Better.
        adverseEvents:
          - { event: erythema, severity: mild }
        review: { status: draft, verification: verified }
        """;

    private static SourceFile Load(string yaml, string name = "good-2020") =>
        CorpusLoader.ReadSource($"sources/{name}.yaml", Encoding.UTF8.GetBytes(yaml), Vocabulary);

    private static CorpusError Single(string yaml, string code)
    {
        var file = Load(yaml);
        Assert.False(file.IsValid);
        return Assert.Single(file.Errors, e => e.Code == code);
    }

    [Fact]
    public void ValidFile_Loads()
    {
        var file = Load(Valid);

        Assert.True(file.IsValid, string.Join("\n", file.Errors));
        Assert.Equal(2, file.Summary!.Level.Level);
        Assert.False(file.Summary.Level.IsOverride);
    }

    [Fact]
    public void Loader_ReportsLineAndColumn_ForUnknownKey_WithSuggestion()
    {
        var error = Single(Valid.Replace("title: Fixture title", "titel: Fixture title\ntitle: x"), ErrorCodes.UnknownKey);

        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("did you mean 'title'?", error.Message);
        Assert.Equal("sources/good-2020.yaml:2:1: " + error.Message, error.ToString());
    }

    [Fact]
    public void Loader_ReportsWrongType()
    {
        var error = Single(Valid.Replace("conditions: [acne-scars]", "conditions: acne-scars"), ErrorCodes.WrongType);

        Assert.Equal((8, 13), (error.Line, error.Column));
    }

    [Fact]
    public void Loader_ReportsMissingRequiredField_AtTheMapping()
    {
        var error = Single(Valid.Replace("design: randomised-controlled-trial\n", ""), ErrorCodes.Missing);

        Assert.Contains("'design'", error.Message);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Loader_ReportsEmptyRequiredText()
    {
        var error = Single(Valid.Replace("title: Fixture title", "title: \"\""), ErrorCodes.Missing);

        Assert.Equal((2, 8), (error.Line, error.Column));
    }

    [Fact]
    public void Loader_ReportsUnknownConcept_WithSuggestion()
    {
        var error = Single(Valid.Replace("conditions: [acne-scars]", "conditions: [acne-scar]"), ErrorCodes.UnknownConcept);

        Assert.Equal((8, 14), (error.Line, error.Column));
        Assert.Contains("did you mean 'acne-scars'?", error.Message);
    }

    [Fact]
    public void Loader_SuggestsTheIdForALayWord()
    {
        var error = Single(Valid.Replace("  - { event: erythema", "  - { event: redness"), ErrorCodes.UnknownConcept);

        Assert.Contains("did you mean 'erythema'?", error.Message);
    }

    [Fact]
    public void Loader_ReportsConceptOfTheWrongKind()
    {
        var error = Single(Valid.Replace("interventions: [microneedling]", "interventions: [erythema]"), ErrorCodes.UnknownConcept);

        Assert.Contains("is not an intervention in the vocabulary (it is an adverse-event)", error.Message);
    }

    [Theory]
    [InlineData("doi: 10.5555/good-2020", "doi: https://doi.org/10.5555/x", ErrorCodes.InvalidDoi)]
    [InlineData("pmid: \"12345\"", "pmid: PM12345", ErrorCodes.InvalidPmid)]
    [InlineData("year: 2020", "year: 1066", ErrorCodes.InvalidYear)]
    [InlineData("year: 2020", "year: 3020", ErrorCodes.InvalidYear)]
    [InlineData("design: randomised-controlled-trial", "design: rct-ish", ErrorCodes.InvalidValue)]
    public void Loader_ReportsMalformedValues(string good, string bad, string code)
    {
        var error = Single(Valid.Replace(good, bad), code);

        Assert.True(error.Line > 1 && error.Column > 1, error.ToString());
    }

    private const string Linked = "identifiers: { doi: 10.5555/good-2020, pmid: \"12345\" }";
    private const string Reviewed = "review: { status: draft, verification: verified }";
    private const string CitedByJournalAndPages = "publication: { type: journal-article, journal: Journal of Fixtures, pages: \"1-9\" }";

    [Fact]
    public void Loader_RequiresADoiPmidOrUrl()
    {
        Single(Valid.Replace(Linked, "identifiers: { pmcid: PMC1 }"), ErrorCodes.NoIdentifier);
    }

    [Fact]
    public void Loader_RequiresALink_EvenForAJournalArticleWithJournalAndPages()
    {
        var yaml = Valid.Replace(Linked, "identifiers: {}").Replace("publication: { type: journal-article, journal: Journal of Fixtures }", CitedByJournalAndPages);

        var error = Single(yaml, ErrorCodes.NoIdentifier);

        Assert.Equal((5, 14), (error.Line, error.Column));
        Assert.Contains("review.unlinkedReason", error.Message);
    }

    [Fact]
    public void Loader_AcceptsAJournalArticleWithoutALink_WhenTheReviewSaysWhy()
    {
        var yaml = Valid.Replace(Linked, "identifiers: {}").Replace("publication: { type: journal-article, journal: Journal of Fixtures }", CitedByJournalAndPages)
            .Replace(Reviewed, "review: { status: draft, verification: verified, unlinkedReason: only a mirror copy was found }");

        var file = Load(yaml);

        Assert.True(file.IsValid, string.Join("\n", file.Errors));
        Assert.Equal("only a mirror copy was found", file.Summary!.Review.UnlinkedReason);
    }

    [Fact]
    public void Loader_RefusesAnUnlinkedReason_ForASourceThatCannotBeCitedByJournalAndPages()
    {
        var yaml = Valid.Replace(Linked, "identifiers: {}").Replace(Reviewed, "review: { status: draft, verification: verified, unlinkedReason: none found }");

        var error = Single(yaml, ErrorCodes.NoIdentifier);

        Assert.Equal(16, error.Line);
        Assert.Contains("journal and pages", error.Message);
    }

    [Fact]
    public void Loader_RefusesAnUnlinkedReason_ForASourceThatHasALink()
    {
        var error = Single(Valid.Replace(Reviewed, "review: { status: draft, verification: verified, unlinkedReason: none found }"), ErrorCodes.InvalidValue);

        Assert.Contains("unlinkedReason", error.Message);
    }

    [Fact]
    public void Loader_RequiresTheIdToMatchTheFileName()
    {
        var file = Load(Valid, name: "other-name");

        Assert.Contains(file.Errors, e => e.Code == ErrorCodes.InvalidValue && e.Message.Contains("file name", StringComparison.Ordinal));
    }

    [Fact]
    public void Loader_ReportsDuplicateIds_AcrossFolders_AndStillLoadsTheRest()
    {
        var root = Directory.CreateTempSubdirectory("evidence-loader-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "vocabulary.yaml"), "concepts:\n  - { id: acne-scars, kinds: [condition], label: Acne scars }\n  - { id: scar-appearance, kinds: [outcome], label: Scar appearance }\n  - { id: microneedling, kinds: [intervention], label: Microneedling }\n  - { id: erythema, kinds: [adverse-event], label: Erythema }\n");
            Directory.CreateDirectory(Path.Combine(root, "a"));
            Directory.CreateDirectory(Path.Combine(root, "b"));
            File.WriteAllText(Path.Combine(root, "a", "good-2020.yaml"), Valid);
            File.WriteAllText(Path.Combine(root, "b", "good-2020.yaml"), Valid);
            File.WriteAllText(Path.Combine(root, "b", "broken.yaml"), "id: [");

            var snapshot = CorpusLoader.Load(root);

            Assert.Single(snapshot.Summaries);
            Assert.Contains(snapshot.Errors, e => e.Code == ErrorCodes.DuplicateId && e.File == "b/good-2020.yaml");
            Assert.Contains(snapshot.Errors, e => e.Code == ErrorCodes.Syntax && e.File == "b/broken.yaml");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Loader_ReportsSyntaxErrors_WithPosition()
    {
        var error = Single("id: good-2020\ntitle: [unclosed\nyear: 2020\n", ErrorCodes.Syntax);

        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void Loader_AcceptsABomAndCrlf()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid.ReplaceLineEndings("\r\n"))).ToArray();

        var file = CorpusLoader.ReadSource("sources/good-2020.yaml", bytes, Vocabulary);

        Assert.True(file.IsValid, string.Join("\n", file.Errors));
    }

    [Fact]
    public void Loader_RefusesAliasBombs_Quickly()
    {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 0; i < 20; i++) bomb.Append($"a{i}: &a{i} [*{(i == 0 ? "a" : "a" + (i - 1))}, *{(i == 0 ? "a" : "a" + (i - 1))}, *{(i == 0 ? "a" : "a" + (i - 1))}]\n");
        var clock = Stopwatch.StartNew();

        var error = Single(bomb.ToString(), ErrorCodes.Alias);

        Assert.Equal((1, 4), (error.Line, error.Column));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "bounded time: " + clock.Elapsed);
    }

    [Fact]
    public void Loader_RefusesDeepNesting()
    {
        var deep = "id: " + new string('[', 5_000) + new string(']', 5_000);

        Assert.Equal(ErrorCodes.TooDeep, Single(deep, ErrorCodes.TooDeep).Code);
    }

    [Fact]
    public void Loader_RefusesHugeFiles_WithoutParsing()
    {
        var huge = "title: " + new string('x', YamlTreeReader.MaxBytes + 1);

        Single(huge, ErrorCodes.TooLarge);
    }

    [Fact]
    public void Loader_RefusesBinaryJunk_WithItsPosition()
    {
        var junk = new byte[] { (byte)'i', (byte)'d', (byte)':', (byte)' ', 0xFF, 0xFE, 0x00, 0x01 };

        var file = CorpusLoader.ReadSource("sources/junk.yaml", junk, Vocabulary);

        var error = Assert.Single(file.Errors);
        Assert.Equal(ErrorCodes.NotText, error.Code);
        Assert.Equal((1, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Loader_RefusesNulCharacters()
    {
        Single("id: good\0-2020\n", ErrorCodes.NotText);
    }

    [Fact]
    public void Loader_ListsEveryError_NotJustTheFirst()
    {
        var file = Load(Valid.Replace("year: 2020", "year: x").Replace("design: randomised-controlled-trial", "design: y").Replace("title: Fixture title", "titel: z"));

        Assert.True(file.Errors.Count >= 3, string.Join("\n", file.Errors));
        Assert.Equal(file.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column), file.Errors);
    }

    [Fact]
    public void Override_OfTheLevel_NeedsAReason()
    {
        var error = Single(Valid.Replace("design: randomised-controlled-trial", "design: randomised-controlled-trial\nevidence: { level: 3 }"), ErrorCodes.Missing);
        Assert.Contains("reason", error.Message);

        var file = Load(Valid.Replace("design: randomised-controlled-trial", "design: randomised-controlled-trial\nevidence: { level: 3, reason: small pilot }"));
        Assert.True(file.Summary!.Level.IsOverride);
        Assert.Equal(3, file.Summary.Level.Level);
    }

    [Fact]
    public void Vocabulary_ReportsAConceptWithNoKinds()
    {
        var errors = new List<CorpusError>();
        CorpusLoader.ReadVocabulary("vocabulary.yaml", Encoding.UTF8.GetBytes("concepts:\n  - { id: x, kinds: [], label: X }\n"), errors);

        Assert.Equal((2, 21), (Assert.Single(errors).Line, errors[0].Column));
    }
}
