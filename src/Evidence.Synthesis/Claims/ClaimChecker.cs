using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Comparisons;
using Evidence.Synthesis.Summaries;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Synthesis.Claims;

/// <summary>
/// Checks a writer's sentence against annotated findings. It recognises the intervention, an optional
/// comparator, the condition and outcome (lay words included) and the claimed direction, then sets each
/// matching finding on the supporting or contradicting side. It never claims support it cannot show: no
/// matching annotated finding means "insufficient evidence", and a claim in absolute terms ("cures",
/// "permanently") is never supported by findings of mere improvement. Imported sources are listed as
/// unannotated and never read for a direction.
/// </summary>
public sealed class ClaimChecker(ConceptVocabulary vocabulary)
{
    private readonly ComparisonClassifier _comparisons = new(vocabulary);

    private readonly Lazy<List<(string[] Words, Concept Concept, string Term)>> _terms = new(() =>
        [.. vocabulary.Concepts
            .SelectMany(concept => concept.AllTerms.Append(concept.Id.Replace('-', ' ')).Select(term => (Words: ClaimText.Words(term), Concept: concept, Term: term)))
            .Where(t => t.Words.Length > 0)
            .OrderByDescending(t => t.Words.Length)]);

    /// <summary>Recognises the concepts and direction in a claim.</summary>
    public RecognisedClaim Recognise(string claim)
    {
        var words = ClaimText.Words(claim);
        var matches = Match(words);
        var interventions = matches.Where(m => m.Concept.Kinds.Contains(ConceptKind.Intervention)).ToList();
        (int Start, int End, Concept Concept, string Term)? intervention = interventions.Count > 0 ? interventions[0] : null;
        var comparator = intervention is { } first ? First(interventions.Skip(1), m => words[first.End..m.Start].Any(ClaimCues.ComparatorCues.Contains)) : null;
        var condition = First(matches, m => m.Concept.Kinds.Contains(ConceptKind.Condition));
        var outcome = First(matches, m => m.Concept.Kinds.Contains(ConceptKind.Outcome) && !m.Concept.Kinds.Contains(ConceptKind.Condition));
        var (direction, absolute, _) = ClaimCues.Read(words);
        return new RecognisedClaim(Ref(intervention), Ref(comparator), Ref(condition), Ref(outcome), direction, absolute);
    }

    public ClaimCheck Check(string claim, IReadOnlyList<StudySummary> sources) => CheckAll(claim, sources).Listed();

    private ClaimCheck CheckAll(string claim, IReadOnlyList<StudySummary> sources)
    {
        var recognised = Recognise(claim);
        if (recognised.Intervention is null)
            return Insufficient(claim, recognised, "No intervention from the vocabulary was recognised in the claim, so no finding can be matched to it.", [], []);
        var direction = recognised.Direction ?? Direction.Improved;

        var interventions = Expand(recognised.Intervention.Id);
        var comparators = recognised.Comparator is null ? null : Expand(recognised.Comparator.Id);
        var conditions = recognised.Condition is null ? null : Expand(recognised.Condition.Id);
        var candidates = sources.Where(s => conditions is null || s.Conditions.Any(conditions.Contains) || s.Findings.Any(f => conditions.Contains(f.Condition))).ToList();
        var unannotated = candidates.Where(s => !s.IsAnnotated && s.Interventions.Any(interventions.Contains) || !s.IsAnnotated && conditions is not null && s.Conditions.Any(conditions.Contains))
            .Select(s => new UnannotatedSource(s.Id, s.Title, Cite.Format(s, CitationStyle.Ama))).ToList();

        var supporting = new List<SourceFinding>();
        var contradicting = new List<SourceFinding>();
        var related = new List<SourceFinding>();
        foreach (var source in candidates.Where(s => s.IsAnnotated))
        {
            foreach (var finding in source.Findings)
            {
                if (conditions is not null && !conditions.Contains(finding.Condition)) continue;
                if (recognised.Outcome is not null && finding.Outcome != recognised.Outcome.Id) continue;
                var (findingDirection, relativeOnly) = Orient(finding, source, interventions, comparators);
                if (findingDirection is null) continue;
                var view = SourceFinding.From(source, finding, _comparisons);
                if (relativeOnly || recognised.Absolute || findingDirection is Direction.Unclear) related.Add(view);
                else if (findingDirection == direction) supporting.Add(view);
                else if (findingDirection is Direction.Mixed) related.Add(view);
                else contradicting.Add(view);
            }
        }
        supporting = Ordered(supporting);
        contradicting = Ordered(contradicting);
        related = Ordered(related);

        if (recognised.Absolute)
        {
            var reason = related.Count == 0
                ? "The claim is stated in absolute terms (for example \"cures\") and no annotated finding matches it."
                : $"The claim is stated in absolute terms (for example \"cures\"); no source reports that. {related.Count} related finding(s) from {Distinct(related)} source(s) report {Describe(related)}, which does not support the claim as stated.";
            return new ClaimCheck(claim, recognised, Verdict.InsufficientEvidence, reason, [], [], related, unannotated);
        }
        if (supporting.Count == 0 && contradicting.Count == 0)
        {
            var reason = "No annotated finding matches the claim's intervention" + (recognised.Comparator is null ? "" : " and comparator") + (recognised.Condition is null ? "" : " and condition") + ".";
            if (unannotated.Count > 0) reason += $" {unannotated.Count} imported source(s) match but are not annotated yet: insufficient annotation.";
            return Insufficient(claim, recognised, reason, related, unannotated);
        }
        var verdict = (supporting.Count, contradicting.Count) switch
        {
            ( > 0, 0) => Verdict.Supported,
            (0, > 0) => Verdict.Contradicted,
            _ => Verdict.Mixed,
        };
        var because = verdict switch
        {
            Verdict.Supported => $"{supporting.Count} finding(s) from {Distinct(supporting)} source(s) support it ({Designs(supporting)}; best level {supporting.Min(f => f.Level)}), and none contradicts it.",
            Verdict.Contradicted => $"{contradicting.Count} finding(s) from {Distinct(contradicting)} source(s) point the other way ({Designs(contradicting)}; best level {contradicting.Min(f => f.Level)}), and none supports it.",
            _ => $"{supporting.Count} finding(s) support it (best level {supporting.Min(f => f.Level)}) and {contradicting.Count} contradict it (best level {contradicting.Min(f => f.Level)}).",
        };
        if (recognised.Direction is null) because += " No direction word was found, so the claim was read as \"improves\".";
        return new ClaimCheck(claim, recognised, verdict, because, supporting, contradicting, related, unannotated);
    }

    /// <summary>
    /// How a finding bears on "intervention vs comparator": its own direction when it compares the same things
    /// (or, for a claim with no comparator, when it has no active comparator), reversed when it compares them the
    /// other way round, and null when it is about something else. A finding of the intervention against an
    /// active comparator, for a claim with no comparator, is related only: "better than laser" or "no better
    /// than laser" says nothing on whether it works at all.
    /// </summary>
    private static (Direction? Direction, bool RelativeOnly) Orient(Finding finding, StudySummary source, HashSet<string> interventions, HashSet<string>? comparators)
    {
        var intervention = finding.Intervention ?? (source.Interventions.Count == 1 ? source.Interventions[0] : null);
        if (intervention is null) return (null, false);
        var comparator = finding.Comparator is { } c && !IsUntreatedControl(c) ? c : null;
        if (comparators is null)
            return interventions.Contains(intervention) ? (finding.Direction, comparator is not null) : (null, false);
        if (comparator is null) return (null, false);
        if (interventions.Contains(intervention) && comparators.Contains(comparator)) return (finding.Direction, false);
        if (comparators.Contains(intervention) && interventions.Contains(comparator)) return (Reverse(finding.Direction), false);
        return (null, false);
    }

    /// <summary>Comparators that mean "no active treatment" (sham, placebo, untreated side).</summary>
    private static bool IsUntreatedControl(string id) =>
        id.StartsWith("no-", StringComparison.Ordinal) || id.Contains("placebo", StringComparison.Ordinal) || id.Contains("sham", StringComparison.Ordinal) || id.Contains("untreated", StringComparison.Ordinal);

    private static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Improved => Direction.Worsened,
        Direction.Worsened => Direction.Improved,
        _ => direction,
    };

    private HashSet<string> Expand(string id) => vocabulary.SelfAndDescendants(id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Longest, leftmost, non-overlapping matches of vocabulary terms in the claim's words.</summary>
    private List<(int Start, int End, Concept Concept, string Term)> Match(string[] words)
    {
        var taken = new bool[words.Length];
        var matches = new List<(int Start, int End, Concept Concept, string Term)>();
        foreach (var (termWords, concept, term) in _terms.Value)
        {
            for (var i = 0; i + termWords.Length <= words.Length; i++)
            {
                if (taken[i] || !termWords.Select((w, k) => words[i + k] == w && !taken[i + k]).All(x => x)) continue;
                for (var k = 0; k < termWords.Length; k++) taken[i + k] = true;
                matches.Add((i, i + termWords.Length, concept, string.Join(' ', words[i..(i + termWords.Length)])));
            }
        }
        return [.. matches.OrderBy(m => m.Start)];
    }

    private static RecognisedConcept? Ref((int Start, int End, Concept Concept, string Term)? match) =>
        match is { } m ? new RecognisedConcept(m.Concept.Id, m.Concept.Label, m.Term) : null;

    private static (int Start, int End, Concept Concept, string Term)? First(
        IEnumerable<(int Start, int End, Concept Concept, string Term)> matches, Func<(int Start, int End, Concept Concept, string Term), bool> predicate)
    {
        foreach (var match in matches)
        {
            if (predicate(match)) return match;
        }
        return null;
    }

    private static ClaimCheck Insufficient(string claim, RecognisedClaim recognised, string reason, IReadOnlyList<SourceFinding> related, IReadOnlyList<UnannotatedSource> unannotated) =>
        new(claim, recognised, Verdict.InsufficientEvidence, reason, [], [], related, unannotated);

    private static List<SourceFinding> Ordered(List<SourceFinding> findings) => [.. findings.OrderBy(f => f.Level).ThenByDescending(f => f.Year)];

    private static int Distinct(IEnumerable<SourceFinding> findings) => findings.Select(f => f.SourceId).Distinct().Count();

    private static string Designs(IEnumerable<SourceFinding> findings) =>
        string.Join(", ", findings.DistinctBy(f => f.SourceId).GroupBy(f => f.Design).OrderBy(g => EvidenceLevel.DefaultFor(g.Key))
            .Select(g => $"{g.Count()} × {Names<StudyDesign>.Label(g.Key).ToLowerInvariant()}"));

    private static string Describe(IEnumerable<SourceFinding> findings) =>
        string.Join(", ", findings.GroupBy(f => f.Finding.Direction).Select(g => $"{Names<Direction>.Label(g.Key).ToLowerInvariant()} ({g.Count()})"));
}
