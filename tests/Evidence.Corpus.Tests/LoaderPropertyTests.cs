using System.Text;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Vocabulary;
using Evidence.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evidence.Corpus.Tests;

/// <summary>Bytes for a corpus file: random bytes, random text, or a valid summary with YAML-syntax damage.</summary>
public sealed record FileBytes(byte[] Value)
{
    public override string ToString() => Convert.ToBase64String(Value);
}

public static class FileArbitraries
{
    private const string Valid = "sources/fixture-prop.yaml";

    private static readonly string[] Damage =
    [
        ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "&anchor ", "*anchor", "<<: *anchor\n", "!!str ", "!!binary ", "!custom ", "\t", "\"", "'",
        "|\n", ">-\n", "\n", "\n  ", "#", "%YAML 1.2\n", "---\n", "...\n", "? ", "\0", "\uFEFF", "\u2028", "\uD800", "null", "~", "0x1F", "1e999",
        "year: 99999999999999999999\n", "id: ../../etc/passwd\n", "title: \n", "findings: [\n", new string('[', 200), new string(' ', 100) + "x: y\n",
    ];

    private static readonly string Source = TestCorpus.Source("fixture-prop", "Fixture: a property-test source", 2020, "cohort",
        ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], [("erythema", "Transient")]);

    /// <summary>A valid source with a handful of random cuts and insertions of YAML syntax.</summary>
    private static Gen<string> Damaged() =>
        Gen.Choose(1, 8).SelectMany(edits => Gen.Choose(0, int.MaxValue).ArrayOf(edits * 3).Select(numbers =>
        {
            var text = new StringBuilder(Source);
            for (var i = 0; i + 2 < numbers.Length; i += 3)
            {
                var at = numbers[i] % (text.Length + 1);
                if (numbers[i + 1] % 3 == 0) text.Remove(at, Math.Min(numbers[i + 2] % 40, text.Length - at));
                else text.Insert(at, Damage[numbers[i + 2] % Damage.Length]);
            }
            return text.ToString();
        }));

    public static Arbitrary<FileBytes> Bytes() =>
        Gen.OneOf(
                ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? []),
                ArbMap.Default.GeneratorFor<string>().Select(s => Encoding.UTF8.GetBytes(s ?? "")),
                Damaged().Select(Encoding.UTF8.GetBytes),
                Damaged().Select(s => Encoding.Unicode.GetBytes(s)),
                Gen.Constant(Encoding.UTF8.GetBytes(Source)))
            .Select(bytes => new FileBytes(bytes))
            .ToArbitrary();

    public static string Path => Valid;
}

/// <summary>
/// Property: CorpusLoader.ReadSource never throws, and returns either a summary with no errors or errors that
/// each point at a line and column from 1.
/// </summary>
public sealed class LoaderPropertyTests
{
    private static readonly ConceptVocabulary Vocabulary = CorpusLoader.ReadVocabulary("vocabulary.yaml", Encoding.UTF8.GetBytes(TestCorpus.Vocabulary), []);

    private static bool Holds(SourceFile file) =>
        file.Summary is not null
            ? file.Errors.Count == 0
            : file.Errors.Count > 0 && file.Errors.All(e => e.Line >= 1 && e.Column >= 1 && !string.IsNullOrEmpty(e.Message) && e.File == FileArbitraries.Path);

    [Property(Arbitrary = [typeof(FileArbitraries)], MaxTest = 1_000)]
    public bool AnyBytes_GiveASummaryOrPositionedErrors(FileBytes bytes) =>
        Holds(CorpusLoader.ReadSource(FileArbitraries.Path, bytes.Value, Vocabulary));

    [Property(MaxTest = 500)]
    public bool AnyString_GivesASummaryOrPositionedErrors(string text) =>
        Holds(CorpusLoader.ReadSource(FileArbitraries.Path, Encoding.UTF8.GetBytes(text ?? ""), Vocabulary));

    [Fact]
    public void TheUndamagedSource_Loads()
    {
        var file = CorpusLoader.ReadSource(FileArbitraries.Path, Encoding.UTF8.GetBytes(TestCorpus.Source("fixture-prop", "Fixture: a property-test source", 2020, "cohort",
            ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], [("erythema", "Transient")])), Vocabulary);

        Assert.True(file.IsValid, string.Join("; ", file.Errors));
    }
}

/// <summary>Inputs the properties found; kept as plain facts so they stay covered whatever the random seed.</summary>
public sealed class LoaderRegressionTests
{
    [Fact]
    public void ScannerFailureInYamlDotNet_IsASyntaxError_NotAnException()
    {
        // A tab inside a key of a flow mapping after damage made YamlDotNet 16.3 throw InvalidOperationException.
        const string Damaged = "id: fixture-prop\npublication: { type: journal-article, journal: J, volume: \"1\", pageoi: 10.55t\nfindi\tngs:\n:  - { a: b }\n";
        var vocabulary = CorpusLoader.ReadVocabulary("vocabulary.yaml", Encoding.UTF8.GetBytes(TestCorpus.Vocabulary), []);

        var file = CorpusLoader.ReadSource(FileArbitraries.Path, Encoding.UTF8.GetBytes(Damaged), vocabulary);

        Assert.Null(file.Summary);
        Assert.Contains(file.Errors, e => e.Code == ErrorCodes.Syntax && e.Line >= 1 && e.Column >= 1);
    }
}
