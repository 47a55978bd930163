using System.Text;
using System.Text.Json.Nodes;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Tests;

public sealed class SchemaTests
{
    /// <summary>A small source that both the loader and the schema accept; each broken case changes one thing.</summary>
    private const string MinimalSource = """
        id: test-2020-minimal-case-series
        title: A minimal source
        year: 2020
        publication:
          type: journal-article
          journal: Test Journal
        identifiers:
          doi: 10.1000/test
        design: case-series
        interventions: [microneedling]
        conditions: [acne-scars]
        findings:
          - condition: acne-scars
            outcome: scar-appearance
            intervention: microneedling
            direction: improved
            effect: Scars improved.
            certainty: low
        adverseEvents:
          - event: erythema
            severity: mild
        review:
          status: draft
          verification: verified
        """;

    private const string MinimalFileName = "test-2020-minimal-case-series.yaml";

    public static TheoryData<string> SourceFiles() =>
        [.. CorpusLoader.SourcePaths(RepositoryPaths.Corpus).Select(path => Path.GetFileName(path))];

    public static TheoryData<string, string, string> BrokenSources() => new()
    {
        { "unknown top-level key", "review:", "colour: blue\nreview:" },
        { "unknown key in a finding", "    certainty: low", "    certainty: low\n    confidence: high" },
        { "unknown design", "design: case-series", "design: anecdote" },
        { "unknown direction", "direction: improved", "direction: better" },
        { "unknown certainty", "certainty: low", "certainty: medium" },
        { "unknown severity", "severity: mild", "severity: awful" },
        { "unknown publication type", "type: journal-article", "type: blog-post" },
        { "unknown review status", "status: draft", "status: finished" },
        { "no doi, pmid or url", "  doi: 10.1000/test", "  pmcid: PMC123" },
        { "a journal article cited by journal and pages, with no link and no unlinkedReason", "  journal: Test Journal\nidentifiers:\n  doi: 10.1000/test", "  journal: Test Journal\n  pages: \"1-9\"\nidentifiers: {}" },
        { "DOI with a resolver prefix", "doi: 10.1000/test", "doi: https://doi.org/10.1000/test" },
        { "PMID with a leading zero", "  doi: 10.1000/test", "  doi: 10.1000/test\n  pmid: \"0123\"" },
        { "URL that is not http", "  doi: 10.1000/test", "  doi: 10.1000/test\n  url: ftp://example.org/x" },
        { "accessed date without a day", "  doi: 10.1000/test", "  doi: 10.1000/test\n  accessed: 2024-05" },
        { "date in the wrong format", "  journal: Test Journal", "  journal: Test Journal\n  date: 16/02/2018" },
        { "missing title", "title: A minimal source\n", "" },
        { "missing review", "review:\n  status: draft\n  verification: verified", "" },
        { "id that is not kebab-case", "id: test-2020-minimal-case-series", "id: Test_2020" },
        { "author who is a person and an organisation", "year: 2020", "authors:\n  - { family: Smith, literal: Smith Group }\nyear: 2020" },
        { "author with given names only", "year: 2020", "authors:\n  - { given: Jane }\nyear: 2020" },
        { "evidence level without a reason", "design: case-series", "design: case-series\nevidence:\n  level: 3" },
        { "evidence level out of range", "design: case-series", "design: case-series\nevidence:\n  level: 6\n  reason: too good" },
        { "partly verified without unverified fields or notes", "verification: verified", "verification: partly-verified" },
        { "finding without a direction", "    direction: improved\n", "" },
        { "finding without an effect", "    effect: Scars improved.\n", "" },
        { "quote longer than 400 characters", "review:", "quotes:\n  - text: " + new string('a', 401) + "\n    location: page 1\nreview:" },
        { "year as text", "year: 2020", "year: twenty twenty" },
        { "sample size below zero", "design: case-series", "design: case-series\npopulation:\n  sampleSize: -1" },
        { "observed that is not a boolean", "    severity: mild", "    severity: mild\n    observed: no" },
        { "an event not observed with a severity", "    severity: mild", "    severity: mild\n    observed: false" },
        { "an unknown included design", "design: case-series", "design: case-series\nincludedDesigns: [anecdotes]" },
        { "an empty includedDesigns", "design: case-series", "design: case-series\nincludedDesigns: []" },
        { "an included design listed twice", "design: case-series", "design: case-series\nincludedDesigns: [cohort, cohort]" },
    };

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public async Task Schema_AcceptsCorpusSource(string fileName)
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, "sources", fileName));

        var errors = await CorpusSchemas.Errors(CorpusSchemas.StudySummary(), fileName, yaml);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Schema_AcceptsVocabulary()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, CorpusLoader.VocabularyFileName));

        var errors = await CorpusSchemas.Errors(CorpusSchemas.Vocabulary(), CorpusLoader.VocabularyFileName, yaml);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task MinimalSource_PassesLoaderAndSchema()
    {
        var loaded = ReadWithLoader(MinimalSource);
        var schemaErrors = await CorpusSchemas.Errors(CorpusSchemas.StudySummary(), MinimalFileName, MinimalSource);

        Assert.Empty(loaded.Errors.Select(error => error.ToString()));
        Assert.Empty(schemaErrors);
    }

    /// <summary>Reference managers export undated items and items without a container every day; they load as drafts.</summary>
    [Theory]
    [InlineData("no year", "year: 2020\n", "")]
    [InlineData("no journal", "  journal: Test Journal\n", "")]
    [InlineData("an accessed date", "  doi: 10.1000/test", "  doi: 10.1000/test\n  accessed: 2024-05-01")]
    public async Task IncompleteSource_PassesLoaderAndSchema(string variant, string find, string replace)
    {
        Assert.Contains(find, MinimalSource, StringComparison.Ordinal);
        var yaml = MinimalSource.Replace(find, replace, StringComparison.Ordinal);

        var loaded = ReadWithLoader(yaml);
        var schemaErrors = await CorpusSchemas.Errors(CorpusSchemas.StudySummary(), MinimalFileName, yaml);

        Assert.True(loaded.IsValid, $"the loader refused a source with {variant}: " + string.Join("; ", loaded.Errors));
        Assert.Empty(schemaErrors);
    }

    [Fact]
    public async Task UnlinkedJournalArticle_WithItsReason_PassesLoaderAndSchema()
    {
        var yaml = MinimalSource
            .Replace("  journal: Test Journal\nidentifiers:\n  doi: 10.1000/test", "  journal: Test Journal\n  pages: \"1-9\"\nidentifiers: {}", StringComparison.Ordinal)
            .Replace("  verification: verified", "  verification: verified\n  unlinkedReason: only a mirror copy was found", StringComparison.Ordinal);

        var loaded = await AcceptedByLoaderAndSchema(yaml);

        Assert.Equal("only a mirror copy was found", loaded.Summary!.Review.UnlinkedReason);
    }

    private static async Task<SourceFile> AcceptedByLoaderAndSchema(string yaml)
    {
        var loaded = ReadWithLoader(yaml);
        var schemaErrors = await CorpusSchemas.Errors(CorpusSchemas.StudySummary(), MinimalFileName, yaml);

        Assert.Empty(loaded.Errors.Select(error => error.ToString()));
        Assert.Empty(schemaErrors);
        return loaded;
    }

    [Fact]
    public async Task SourceWithContractFields_PassesLoaderAndSchema()
    {
        var source = MinimalSource
            .Replace("design: case-series", "design: systematic-review\nincludedDesigns: [randomised-controlled-trial, cohort, other]", StringComparison.Ordinal)
            .Replace("    severity: mild", "    severity: mild\n  - event: infection\n    observed: false\n    frequency: None reported", StringComparison.Ordinal);

        var loaded = await AcceptedByLoaderAndSchema(source);

        Assert.Equal(2, loaded.Summary!.Level.Level);
        Assert.False(loaded.Summary.AdverseEvents[1].Observed);
    }

    [Fact]
    public void Schema_IncludedDesignsEnum_IsTheDesignsAndOther() =>
        Assert.Equal([.. Names<StudyDesign>.Ids, StudySummary.OtherDesigns],
            CorpusSchemas.StudySummaryDocument()["properties"]!["includedDesigns"]!["items"]!["enum"]!.AsArray().Select(value => (string?)value));

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task BrokenSource_FailsLoaderAndSchema(string problem, string find, string replace)
    {
        Assert.Contains(find, MinimalSource, StringComparison.Ordinal);
        var broken = MinimalSource.Replace(find, replace, StringComparison.Ordinal);

        var loaded = ReadWithLoader(broken);
        var schemaErrors = await CorpusSchemas.Errors(CorpusSchemas.StudySummary(), MinimalFileName, broken);

        Assert.False(loaded.IsValid, $"the loader accepted a source with {problem}");
        Assert.True(schemaErrors.Count > 0, $"the schema accepted a source with {problem}");
    }

    [Fact]
    public async Task Schema_ReportsUnknownKeyAsAdditionalProperty()
    {
        var broken = MinimalSource.Replace("review:", "colour: blue\nreview:", StringComparison.Ordinal);

        var errors = await CorpusSchemas.Errors(CorpusSchemas.StudySummary(), MinimalFileName, broken);

        Assert.Contains(errors, error => error.Contains("NoAdditionalPropertiesAllowed", StringComparison.Ordinal) && error.Contains("colour", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("concept without kinds", "    kinds: [condition]\n", "")]
    [InlineData("empty kinds", "kinds: [condition]", "kinds: []")]
    [InlineData("unknown kind", "kinds: [condition]", "kinds: [disease]")]
    [InlineData("unknown key", "    label: Scars", "    label: Scars\n    colour: red")]
    [InlineData("id with spaces", "id: scars", "id: old scars")]
    [InlineData("adds that is not a list", "    lay: [scar]", "    lay: [scar]\n    adds: scars")]
    [InlineData("adds with a bad id", "    lay: [scar]", "    lay: [scar]\n    adds: [Old Scars]")]
    public async Task VocabularySchema_RejectsBrokenConcept(string problem, string find, string replace)
    {
        const string vocabulary = """
            concepts:
              - id: scars
                kinds: [condition]
                label: Scars
                synonyms: [cicatrix]
                lay: [scar]
            """;
        Assert.Contains(find, vocabulary, StringComparison.Ordinal);

        var errors = await CorpusSchemas.Errors(CorpusSchemas.Vocabulary(), "vocabulary.yaml", vocabulary.Replace(find, replace, StringComparison.Ordinal));

        Assert.True(errors.Count > 0, $"the vocabulary schema accepted a {problem}");
    }

    [Fact]
    public void Schema_DesignEnum_EqualsStudyDesignIds() =>
        AssertEnum<StudyDesign>(CorpusSchemas.StudySummaryDocument()["properties"]!["design"]!);

    [Fact]
    public void Schema_PublicationTypeEnum_EqualsPublicationTypeIds() =>
        AssertEnum<PublicationType>(Definition("publication")["properties"]!["type"]!);

    [Fact]
    public void Schema_DirectionEnum_EqualsDirectionIds() =>
        AssertEnum<Direction>(Definition("finding")["properties"]!["direction"]!);

    [Fact]
    public void Schema_CertaintyEnum_EqualsCertaintyIds() =>
        AssertEnum<Certainty>(Definition("finding")["properties"]!["certainty"]!);

    [Fact]
    public void Schema_SeverityEnum_EqualsSeverityIds() =>
        AssertEnum<Severity>(Definition("adverseEvent")["properties"]!["severity"]!);

    [Fact]
    public void Schema_ReviewStatusEnum_EqualsReviewStatusIds() =>
        AssertEnum<ReviewStatus>(Definition("review")["properties"]!["status"]!);

    [Fact]
    public void Schema_VerificationEnum_EqualsVerificationIds() =>
        AssertEnum<Verification>(Definition("review")["properties"]!["verification"]!);

    [Fact]
    public void VocabularySchema_KindEnum_EqualsConceptKindIds() =>
        AssertEnum<ConceptKind>(CorpusSchemas.VocabularyDocument()["definitions"]!["concept"]!["properties"]!["kinds"]!["items"]!);

    [Fact]
    public void Schema_PatternsAndLimits_MatchTheLoader()
    {
        var document = CorpusSchemas.StudySummaryDocument();
        var identifiers = Definition("identifiers")["properties"]!;
        var evidence = Definition("evidence")["properties"]!;

        Assert.Equal(StudySummaryReader.IdPattern().ToString(), (string?)document["properties"]!["id"]!["pattern"]);
        Assert.Equal(StudySummaryReader.IdPattern().ToString(), (string?)Definition("conceptId")["pattern"]);
        Assert.Equal(StudySummaryReader.IdPattern().ToString(), (string?)CorpusSchemas.VocabularyDocument()["definitions"]!["concept"]!["properties"]!["id"]!["pattern"]);
        Assert.Equal(StudySummaryReader.DoiPattern().ToString(), (string?)identifiers["doi"]!["pattern"]);
        Assert.Equal(StudySummaryReader.PmidPattern().ToString(), (string?)identifiers["pmid"]!["pattern"]);
        Assert.Equal(StudySummaryReader.PmcidPattern().ToString(), (string?)identifiers["pmcid"]!["pattern"]);
        Assert.Equal(StudySummaryReader.QuoteMaxLength, (int?)Definition("quote")["properties"]!["text"]!["maxLength"]);
        Assert.Equal(EvidenceLevel.Best, (int?)evidence["level"]!["minimum"]);
        Assert.Equal(EvidenceLevel.Weakest, (int?)evidence["level"]!["maximum"]);
        Assert.Equal([EvidenceLevel.Scale], evidence["scale"]!["enum"]!.AsArray().Select(value => (string?)value));
    }

    [Fact]
    public void Schema_DescribesEveryProperty()
    {
        var undescribed = new List<string>();
        CollectUndescribed(CorpusSchemas.StudySummaryDocument(), "study-summary", undescribed);
        CollectUndescribed(CorpusSchemas.VocabularyDocument(), "vocabulary", undescribed);

        Assert.Empty(undescribed);
    }

    [Fact]
    public void SourceFiles_StartWithTheSchemaModeline()
    {
        var files = CorpusLoader.SourcePaths(RepositoryPaths.Corpus).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, path => Assert.Equal(CorpusSchemas.SourceModeline, File.ReadLines(path, Encoding.UTF8).First()));
    }

    [Fact]
    public void VocabularyFile_StartsWithTheSchemaModeline()
    {
        var path = Path.Combine(RepositoryPaths.Corpus, CorpusLoader.VocabularyFileName);

        Assert.Equal(CorpusSchemas.VocabularyModeline, File.ReadLines(path, Encoding.UTF8).First());
    }

    private static SourceFile ReadWithLoader(string yaml)
    {
        var errors = new List<CorpusError>();
        var vocabulary = CorpusLoader.LoadVocabulary(RepositoryPaths.Corpus, errors);
        Assert.Empty(errors.Select(error => error.ToString()));
        return CorpusLoader.ReadSource(MinimalFileName, Encoding.UTF8.GetBytes(yaml), vocabulary);
    }

    private static JsonNode Definition(string name) => CorpusSchemas.StudySummaryDocument()["definitions"]![name]!;

    private static void AssertEnum<T>(JsonNode property) where T : struct, Enum =>
        Assert.Equal(Names<T>.Ids, property["enum"]!.AsArray().Select(value => (string?)value));

    /// <summary>Every entry of every "properties" map, at any depth, must carry a description for editor help.</summary>
    private static void CollectUndescribed(JsonNode? node, string path, List<string> undescribed)
    {
        if (node is JsonObject obj)
        {
            if (obj["properties"] is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    if (property?["description"] is null) undescribed.Add($"{path}.{name}");
                }
            }
            // anyOf/not branches only add constraints to properties already described above.
            foreach (var (name, child) in obj.Where(pair => pair.Key is not ("anyOf" or "oneOf" or "allOf" or "not")))
                CollectUndescribed(child, $"{path}.{name}", undescribed);
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++) CollectUndescribed(array[i], $"{path}[{i}]", undescribed);
        }
    }
}
