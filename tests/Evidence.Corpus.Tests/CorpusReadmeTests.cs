using System.Text.RegularExpressions;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Tests;

/// <summary>corpus/README.md promises an example "as committed" and a list of vocabulary ids; keep both true.</summary>
public sealed partial class CorpusReadmeTests
{
    private const string ExampleFile = "dhurat-2013-microneedling-androgenetic-alopecia-rct.yaml";

    private static string Readme => File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "README.md"));

    [GeneratedRegex(@"^- \*\*(?<kind>[A-Za-z ]+):\*\*(?<ids>(?:.|\n  )+?)\.\n", RegexOptions.Multiline)]
    private static partial Regex IdList();

    [Fact]
    public void Readme_ExampleMatchesTheCommittedFile()
    {
        var marker = $"`sources/{ExampleFile}`, as committed:";
        var start = Readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "the README no longer introduces the example file");
        var block = Readme[(Readme.IndexOf("```yaml\n", start, StringComparison.Ordinal) + "```yaml\n".Length)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "sources", ExampleFile)), block);
    }

    [Fact]
    public void Readme_ListsEveryVocabularyIdUnderEachOfItsKinds()
    {
        var errors = new List<CorpusError>();
        var vocabulary = CorpusLoader.LoadVocabulary(RepositoryPaths.Corpus, errors);
        var listed = IdList().Matches(Readme).ToDictionary(
            match => match.Groups["kind"].Value,
            match => match.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet());
        var headings = new Dictionary<ConceptKind, string>
        {
            [ConceptKind.Condition] = "Conditions",
            [ConceptKind.Outcome] = "Outcomes",
            [ConceptKind.Intervention] = "Interventions",
            [ConceptKind.AdverseEvent] = "Adverse events",
        };

        foreach (var (kind, heading) in headings)
        {
            Assert.True(listed.ContainsKey(heading), $"the README has no '{heading}' list");
            var expected = vocabulary.Concepts.Where(concept => concept.Kinds.Contains(kind)).Select(concept => concept.Id).ToHashSet();
            Assert.Equal(expected.Order(StringComparer.Ordinal), listed[heading].Order(StringComparer.Ordinal));
        }
    }
}
