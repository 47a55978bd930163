using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Tests;

/// <summary>
/// Every bibliographic field and every number of a seed summary against the facts-file items its review
/// block names (review.checkedAgainst): the facts files are the only place these may come from.
/// The facts files live beside the repository (../shared/sources); where they are absent (a bare clone)
/// there is nothing to check against and the tests pass without checking.
/// </summary>
public sealed partial class FactsFileTests
{
    private static readonly string FactsFolder = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "sources"));

    private static readonly Lazy<CorpusSnapshot> Seed = new(() => CorpusLoader.Load(RepositoryPaths.Corpus));

    public static TheoryData<string> SourceIds() => [.. CorpusLoader.Load(RepositoryPaths.Corpus).Summaries.Select(summary => summary.Id)];

    [GeneratedRegex(@"^#{3,4} (?<item>\d+)\.", RegexOptions.Multiline)]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"^- \*\*Item (?<item>\d+) ", RegexOptions.Multiline)]
    private static partial Regex GapCheckHeading();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Bracketed();

    /// <summary>A number as written in prose: 1063, 1,029, 62.20, −5.13, 0.0071.</summary>
    [GeneratedRegex(@"(?<![\w.])[−-]?\d(?:[\d,]*\d)?(?:\.\d+)?")]
    private static partial Regex Number();

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void BibliographicFields_AppearInTheNamedFactsItems(string id)
    {
        if (!Directory.Exists(FactsFolder)) return;
        var summary = Seed.Value.Summaries.Single(s => s.Id == id);
        var facts = FactsText(summary);
        var plain = Normalise(facts);

        Assert.Contains(Normalise(Bracketed().Replace(summary.Title, "")), Normalise(Bracketed().Replace(facts, "")));
        if (summary.Year is { } year) Assert.Contains(year.ToString(CultureInfo.InvariantCulture), facts);
        foreach (var author in summary.Authors.Where(author => author.Family is not null))
            Assert.Contains(Normalise(author.Family!), plain);
        foreach (var identifier in new[] { summary.Identifiers.Doi, summary.Identifiers.Pmid, summary.Identifiers.Pmcid }.OfType<string>())
            Assert.Contains(identifier, facts, StringComparison.OrdinalIgnoreCase);
        var publication = summary.Publication;
        foreach (var part in new[] { publication.Volume, publication.Issue }.OfType<string>().Concat(publication.Pages?.Split('-') ?? []))
        {
            if (part.All(char.IsAsciiDigit)) Assert.Contains(part, Numbers(facts));
            else Assert.Contains(part, facts, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void EveryNumberInAFinding_AppearsInTheNamedFactsItems(string id)
    {
        if (!Directory.Exists(FactsFolder)) return;
        var summary = Seed.Value.Summaries.Single(s => s.Id == id);
        var facts = Numbers(FactsText(summary));
        var texts = summary.Findings.Select(finding => finding.Effect)
            .Concat(summary.AdverseEvents.Select(adverse => adverse.Frequency).OfType<string>());

        var missing = texts.SelectMany(text => Numbers(text)).Where(number => !facts.Contains(number)).Distinct().ToList();

        Assert.True(missing.Count == 0, $"{id}: {string.Join(", ", missing)} not in {string.Join(", ", summary.Review.CheckedAgainst)}");
    }

    [Fact]
    public void EverySeedSource_NamesTheFactsItemsItWasCheckedAgainst()
    {
        if (!Directory.Exists(FactsFolder)) return;
        Assert.All(Seed.Value.Summaries, summary =>
        {
            Assert.NotEmpty(summary.Review.CheckedAgainst);
            Assert.All(summary.Review.CheckedAgainst, item => Assert.False(string.IsNullOrEmpty(Item(item)), $"{summary.Id}: no facts item {item}"));
        });
    }

    private static string FactsText(StudySummary summary)
    {
        Assert.NotEmpty(summary.Review.CheckedAgainst);
        return string.Join("\n", summary.Review.CheckedAgainst.Select(Item));
    }

    /// <summary>The text of one item: "#### 11." in a list, or "- **Item 11 (...)" in the addendum's gap checks.</summary>
    private static string Item(string reference)
    {
        var (file, number) = (reference[..reference.IndexOf('#')], reference[(reference.IndexOf('#') + 1)..]);
        var text = File.ReadAllText(Path.Combine(FactsFolder, file));
        var heading = ItemHeading().Matches(text).FirstOrDefault(match => match.Groups["item"].Value == number)
            ?? GapCheckHeading().Matches(text).FirstOrDefault(match => match.Groups["item"].Value == number);
        if (heading is null) return "";
        var next = Regex.Match(text[(heading.Index + heading.Length)..], @"^(#{2,4} |- \*\*Item \d+ |---)", RegexOptions.Multiline);
        return text.Substring(heading.Index, next.Success ? heading.Length + next.Index : text.Length - heading.Index);
    }

    private static HashSet<string> Numbers(string text) =>
        [.. Number().Matches(text.Replace('–', '-')).Select(match => match.Value.Replace('−', '-').TrimStart('-'))];

    private static string Normalise(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
