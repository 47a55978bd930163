using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Tests;

/// <summary>
/// Every bibliographic field and every number of a seed summary against the facts-file items its review
/// block names (review.checkedAgainst): the facts files are the only place these may come from. The shared
/// lists live beside the repository (../shared/sources), the project's addenda in corpus/facts-addenda.md;
/// where the shared lists are absent (a bare clone) the tests are reported as skipped, with the reason.
/// </summary>
public sealed partial class FactsFileTests
{
    private static readonly string FactsFolder = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "sources"));

    /// <summary>The project's own addenda to the shared lists: canonical records found later.</summary>
    private const string AddendaFile = "facts-addenda.md";

    private static readonly string? Absent = Directory.Exists(FactsFolder) ? null : $"the shared facts files are not at {FactsFolder}";

    /// <summary>A fact that is skipped, visibly, when the shared facts files are absent.</summary>
    private sealed class FactsFactAttribute : FactAttribute
    {
        public FactsFactAttribute() => Skip = Absent;
    }

    /// <summary>A theory that is skipped, visibly, when the shared facts files are absent.</summary>
    private sealed class FactsTheoryAttribute : TheoryAttribute
    {
        public FactsTheoryAttribute() => Skip = Absent;
    }

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

    [FactsTheory]
    [MemberData(nameof(SourceIds))]
    public void BibliographicFields_AppearInTheNamedFactsItems(string id)
    {
        var summary = Seed.Value.Summaries.Single(s => s.Id == id);
        var facts = FactsText(summary);
        var plain = Normalise(facts);

        Assert.Contains(Normalise(Bracketed().Replace(summary.Title, "")), Normalise(Bracketed().Replace(facts, "")));
        if (summary.Year is { } year) Assert.Contains(year.ToString(CultureInfo.InvariantCulture), facts);
        foreach (var author in summary.Authors.Where(author => author.Family is not null))
            Assert.Contains(Normalise(author.Family!), plain);
        var ids = summary.Identifiers;
        foreach (var identifier in new[] { ids.Doi, ids.Pmid, ids.Pmcid }.OfType<string>())
            Assert.Contains(identifier, facts, StringComparison.OrdinalIgnoreCase);
        // A link built from a checked identifier (doi.org, PubMed, PMC) needs no line of its own.
        if (ids.Url is { } url && !ResolverLinks(ids).Contains(url.TrimEnd('/'), StringComparer.OrdinalIgnoreCase))
            Assert.Contains(url, facts, StringComparison.OrdinalIgnoreCase);
        var publication = summary.Publication;
        AssertJournalFields(publication.Journal, publication.JournalAbbreviation, facts);
        foreach (var part in new[] { publication.Volume, publication.Issue, publication.ArticleNumber }.OfType<string>().Concat(publication.Pages?.Split('-') ?? []))
        {
            if (part.All(char.IsAsciiDigit)) Assert.Contains(part, Numbers(facts));
            else Assert.Contains(part, facts, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A journal's full title and abbreviation each come from the source's own items, or from the addenda's
    /// journal-titles table paired with the form its items give; a journal the table pairs carries both forms.
    /// </summary>
    private static void AssertJournalFields(string? journal, string? abbreviation, string facts)
    {
        if (journal is not null && journal != abbreviation)
            Assert.True(Mentions(facts, journal) || JournalTitles.Value.Any(title => title.Full == journal && Mentions(facts, title.Abbreviation)),
                $"journal '{journal}' is in neither the named items nor the journal-titles table beside its abbreviation");
        if (abbreviation is not null)
            Assert.True(Mentions(facts, abbreviation) || JournalTitles.Value.Any(title => title.Abbreviation == abbreviation && Mentions(facts, title.Full)),
                $"journal abbreviation '{abbreviation}' is in neither the named items nor the journal-titles table beside its full title");
        var pair = JournalTitles.Value.FirstOrDefault(title => title.Full == journal || title.Abbreviation == journal || title.Abbreviation == abbreviation);
        if (pair.Full is not null) Assert.Equal((pair.Full, pair.Abbreviation), (journal, abbreviation));
    }

    [FactsFact]
    public void JournalTitles_ArePairedInTheItemsTheyName()
    {
        Assert.NotEmpty(JournalTitles.Value);
        Assert.All(JournalTitles.Value, title =>
        {
            var seen = title.Seen.Select(Text).ToList();
            Assert.True(seen.All(text => text.Length > 0), $"{title.Full}: a named item is missing");
            Assert.Contains(seen, text => Mentions(text, title.Full));
            Assert.Contains(seen, text => Mentions(text, title.Abbreviation));
        });
    }

    [FactsTheory]
    [MemberData(nameof(SourceIds))]
    public void EveryNumberInAFinding_AppearsInTheNamedFactsItems(string id)
    {
        var summary = Seed.Value.Summaries.Single(s => s.Id == id);
        var facts = Numbers(FactsText(summary));
        var texts = summary.Findings.Select(finding => finding.Effect)
            .Concat(summary.AdverseEvents.Select(adverse => adverse.Frequency).OfType<string>());

        var missing = texts.SelectMany(text => Numbers(text)).Where(number => !facts.Contains(number)).Distinct().ToList();

        Assert.True(missing.Count == 0, $"{id}: {string.Join(", ", missing)} not in {string.Join(", ", summary.Review.CheckedAgainst)}");
    }

    [FactsFact]
    public void EverySeedSource_NamesTheFactsItemsItWasCheckedAgainst()
    {
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

    /// <summary>The addenda's journal-titles table: each full title, its NLM abbreviation and where both are seen.</summary>
    private static readonly Lazy<IReadOnlyList<(string Full, string Abbreviation, string[] Seen)>> JournalTitles = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, AddendaFile));
        var table = text[text.IndexOf("## Journal titles", StringComparison.Ordinal)..];
        return [.. JournalRow().Matches(table).Where(row => row.Groups["full"].Value != "full title").Select(row =>
            (row.Groups["full"].Value, row.Groups["abbreviation"].Value, Reference().Matches(row.Groups["seen"].Value).Select(match => match.Groups["reference"].Value).ToArray()))];
    });

    [GeneratedRegex(@"^\| (?<full>[^|`]+?) \| (?<abbreviation>[^|`]+?) \| (?<seen>.+) \|$", RegexOptions.Multiline)]
    private static partial Regex JournalRow();

    [GeneratedRegex(@"`(?<reference>[a-z0-9.-]+\.md#(?:row-)?\d+)`")]
    private static partial Regex Reference();

    /// <summary>A name as a whole: "JAMA Dermatol" is not in "JAMA Dermatology".</summary>
    private static bool Mentions(string text, string name) => Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(name)}(?!\w)");

    /// <summary>An item, or "file.md#row-55": the row of that number in a list's table.</summary>
    private static string Text(string reference)
    {
        if (!reference.Contains("#row-", StringComparison.Ordinal)) return Item(reference);
        var (file, number) = (reference[..reference.IndexOf('#')], reference[(reference.IndexOf('-', reference.IndexOf('#')) + 1)..]);
        return File.ReadLines(Path.Combine(FactsFolder, file)).FirstOrDefault(line => line.StartsWith($"| {number} |", StringComparison.Ordinal)) ?? "";
    }

    /// <summary>The text of one item: "#### 11." in a list, or "- **Item 11 (...)" in the addendum's gap checks.</summary>
    private static string Item(string reference)
    {
        var (file, number) = (reference[..reference.IndexOf('#')], reference[(reference.IndexOf('#') + 1)..]);
        var text = File.ReadAllText(file == AddendaFile ? Path.Combine(RepositoryPaths.Corpus, file) : Path.Combine(FactsFolder, file));
        var heading = ItemHeading().Matches(text).FirstOrDefault(match => match.Groups["item"].Value == number)
            ?? GapCheckHeading().Matches(text).FirstOrDefault(match => match.Groups["item"].Value == number);
        if (heading is null) return "";
        var next = Regex.Match(text[(heading.Index + heading.Length)..], @"^(#{2,4} |- \*\*Item \d+ |---)", RegexOptions.Multiline);
        return text.Substring(heading.Index, next.Success ? heading.Length + next.Index : text.Length - heading.Index);
    }

    private static IEnumerable<string> ResolverLinks(Identifiers ids) =>
    [
        .. ids.Doi is { } doi ? new[] { "https://doi.org/" + doi } : [],
        .. ids.Pmid is { } pmid ? new[] { "https://pubmed.ncbi.nlm.nih.gov/" + pmid } : [],
        .. ids.Pmcid is { } pmcid ? new[] { "https://pmc.ncbi.nlm.nih.gov/articles/" + pmcid, "https://www.ncbi.nlm.nih.gov/pmc/articles/" + pmcid } : [],
    ];

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
