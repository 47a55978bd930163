using System.Text.RegularExpressions;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.Corpus.Linting;

/// <summary>
/// The corpus rules a machine can check beyond the format (issue 15): each finding is reported as
/// <c>file:line:column: rule-id: message</c>. Runs on files the loader accepted.
/// </summary>
public static partial class CorpusLint
{
    /// <summary>
    /// What a direction rests on, in an effect's words: a comparison (another arm, a control, baseline, before
    /// and after), a statistical test or significance, or a change measured against baseline ("fell by 3.4",
    /// "improvement of 41%").
    /// </summary>
    [GeneratedRegex(@"\b(versus|vs\.?|than|compared|comparison|control|placebo|untreated|other side|baseline|before|from \S+ to|unchanged|no change|did not change|p\s*[<=>≤]|p-value|confidence interval|\d+% CI|CI \d|significan\w*|odds ratio|mean difference|I²|(sign|Wilcoxon|t|chi-square|Mann-Whitney|Fisher's exact) test|(improv|reduc|increas|decreas|gain|fell|rose)\w*\b[^.;]*?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonOrTest();

    /// <summary>A number as written: 91.4, 1,063, 0.0071 (a sign or a unit around it does not matter).</summary>
    [GeneratedRegex(@"(?<![\w.])\d(?:[\d,]*\d)?(?:\.\d+)?")]
    private static partial Regex Number();

    private static readonly string[] ExpertOpinion = ["narrative-review", "society-statement"];

    public static IReadOnlyList<LintFinding> Check(string corpusDirectory, CorpusSnapshot snapshot) =>
        [.. snapshot.Files.Where(file => file.IsValid).SelectMany(file =>
            Check(file.RelativePath, File.ReadAllBytes(Path.Combine(corpusDirectory, file.RelativePath)), file.Summary!))];

    public static IReadOnlyList<LintFinding> Check(string relativePath, byte[] bytes, StudySummary summary)
    {
        var findings = new List<LintFinding>();
        if (YamlTreeReader.Read(relativePath, bytes, []) is not YamlMapping root) return findings;
        void Report(YamlNode node, string rule, string message) => findings.Add(new LintFinding(relativePath, node.Line, node.Column, rule, message));

        var design = Text(Get(root, "design"));
        foreach (var finding in Items(root, "findings").OfType<YamlMapping>())
        {
            var direction = Get(finding, "direction");
            if (Text(direction) is { } d and not "unclear" && Get(finding, "comparator") is null && !ComparisonOrTest().IsMatch(Text(Get(finding, "effect")) ?? ""))
                Report(direction!, LintRules.DirectionNeedsComparison, $"direction '{d}' needs a comparator, or a comparison or test stated in the effect; otherwise use 'unclear'");
            if (design is not null && ExpertOpinion.Contains(design) && Get(finding, "certainty") is YamlScalar { Value: not ("very-low" or "not-assessed") } certainty)
                Report(certainty, LintRules.CertaintyCap, $"a {design} gives at most 'very-low' certainty (GRADE: expert opinion), not '{certainty.Value}'");
        }

        if (EvidenceLevel.IsSystematic(summary.Design) && summary.Level.IsOverride && Get(Get(root, "evidence"), "level") is { } level)
        {
            var derived = EvidenceLevel.For(summary.Design, summary.IncludedDesigns, summary.IncludesOtherDesigns);
            if (summary.Level.Level < derived.Level)
                Report(level, LintRules.ReviewLevel, $"level {summary.Level.Level} is better than the included designs allow ({derived.Level}): {derived.Reason}");
        }

        if (Get(Get(root, "identifiers"), "url") is YamlScalar url && Uri.TryCreate(url.Value.Trim(), UriKind.Absolute, out var link) && !CanonicalLinks.IsCanonical(link))
            Report(url, LintRules.CanonicalLink, $"'{link.Host}' is not a canonical link (doi.org, PubMed, PMC, the publisher or the issuing body); give it under review.checkedAt as provenance");

        var carried = Numbers(summary.Findings.Select(f => f.Effect)
            .Concat(summary.AdverseEvents.SelectMany(a => new[] { a.Frequency, a.Note }).OfType<string>()));
        foreach (var point in Items(root, "keyPoints").OfType<YamlScalar>())
        {
            var unsupported = Numbers([point.Value]).Where(number => !carried.Contains(number)).ToList();
            if (unsupported.Count > 0)
                Report(point, LintRules.KeyPointNumber, $"the key point states {string.Join(", ", unsupported)}, which no finding or adverse event carries");
        }
        return findings;
    }

    private static HashSet<string> Numbers(IEnumerable<string> texts) =>
        [.. texts.SelectMany(text => Number().Matches(text).Select(match => match.Value))];

    private static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMapping mapping ? mapping.Entries.FirstOrDefault(entry => entry.Key.Value == key).Value : null;

    private static string? Text(YamlNode? node) => node is YamlScalar { IsNull: false } scalar ? scalar.Value.Trim() : null;

    private static IReadOnlyList<YamlNode> Items(YamlMapping root, string key) => Get(root, key) is YamlSequence sequence ? sequence.Items : [];
}
