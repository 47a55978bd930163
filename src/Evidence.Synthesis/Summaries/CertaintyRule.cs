using Evidence.Corpus.Model;
using Evidence.Synthesis.Comparisons;

namespace Evidence.Synthesis.Summaries;

/// <summary>A finding, its source and its comparison: what a certainty statement is made from.</summary>
public sealed record ComparedFinding(StudySummary Source, Finding Finding, Comparison Comparison);

/// <summary>
/// A GRADE-style certainty for ONE comparison on one outcome (GRADE handbook ch. 5; Cochrane Handbook ch. 14: a
/// summary-of-findings table rates each comparison on its own, never two pooled).
/// Start from the evidence level of the sources in the comparison (Oxford CEBM 2011 levels, which the corpus
/// derives from each design and, for a review, from the designs it includes): randomised trials and reviews of them
/// (levels 1–2) start high, controlled observational evidence (3–4) low, level 5 very low; a result without a
/// comparison group (before-after) is observational: low from level 1–2 sources, very low from anything weaker.
/// Then go down one step each for: indirectness (a combination answering a question about the treatment alone);
/// imprecision (fewer than <see cref="OptimalInformationSize"/> participants known across the comparison's primary
/// studies, or none known); inconsistency (findings in this comparison pointing different ways, or mixed);
/// the record itself (more than half of the sources are drafts or not fully verified). Floor: very low.
/// This is a screening aid, not a substitute for a formal GRADE assessment: risk of bias and publication bias are
/// not judged.
/// </summary>
public static class CertaintyRule
{
    /// <summary>GRADE's rule-of-thumb optimal information size for a continuous outcome: 400 participants in all.</summary>
    public const int OptimalInformationSize = 400;

    public const string Description =
        "Per comparison, never pooled across comparisons (GRADE; Cochrane Handbook ch. 14). Start from the best evidence level in the comparison " +
        "(levels 1–2 high, 3–4 low, 5 very low; a before-after result without a comparison group low from levels 1–2, else very low); go down one step each for: " +
        "indirectness (a combination answering a question about the treatment alone), imprecision (fewer than 400 participants known across " +
        "the comparison's primary studies, GRADE's rule-of-thumb optimal information size), inconsistency (findings in the comparison point " +
        "different ways), and more than half of the sources being drafts or not fully verified. Floor: very low. Risk of bias is not judged.";

    /// <summary>
    /// The certainty of one comparison. <paramref name="fit"/> is how the comparison answers the question's treatment
    /// (null when the question names none). Throws when the evidence holds more than one comparison: pooling two
    /// comparisons under one certainty is exactly what this rule exists to prevent.
    /// </summary>
    public static (Certainty Certainty, IReadOnlyList<string> Reasons) Assess(IReadOnlyList<ComparedFinding> evidence, QuestionFit? fit = null)
    {
        if (evidence.Count == 0) throw new ArgumentException("no evidence to assess", nameof(evidence));
        if (evidence.Select(e => e.Comparison.Key).Distinct(StringComparer.Ordinal).Count() > 1)
            throw new ArgumentException("a certainty is stated for one comparison; these findings hold several: " +
                string.Join(", ", evidence.Select(e => e.Comparison.Label).Distinct(StringComparer.Ordinal)), nameof(evidence));

        var sources = evidence.Select(e => e.Source).DistinctBy(s => s.Id).ToList();
        var directions = evidence.Select(e => e.Finding.Direction).Where(d => d != Direction.Unclear).Distinct().ToList();
        return Assess(evidence[0].Comparison, fit, evidence.Min(e => e.Source.Level.Level), Participants.Known(sources),
            directions.Count > 1 || directions.Contains(Direction.Mixed), sources.Count(s => s.NeedsCaution), sources.Count);
    }

    /// <summary>
    /// The certainty of one comparison from what it counts: the best level among its sources, the participants known
    /// across its primary studies, whether its findings point different ways, and how many of its sources are drafts or
    /// not fully verified, of how many.
    /// </summary>
    public static (Certainty Certainty, IReadOnlyList<string> Reasons) Assess(
        Comparison comparison, QuestionFit? fit, int best, (int Total, int Sources) participants, bool inconsistent, int cautious, int sources)
    {
        var reasons = new List<string>();
        var steps = best <= 2 ? 3 : best <= 4 ? 1 : 0; // 3 high, 2 moderate, 1 low, 0 very low
        if (comparison.Kind == ComparisonKind.BeforeAfter && steps > 0)
        {
            steps = best <= 2 ? 1 : 0;
            reasons.Add(steps == 1
                ? $"starts low: a before-after result without a comparison group is observational, even from level {best} sources"
                : $"starts very low: a before-after result without a comparison group, from level {best} sources (case series or weaker)");
        }
        else reasons.Add(steps switch
        {
            3 => $"starts high: randomised trials or their systematic reviews (level {best})",
            1 => $"starts low: controlled observational studies (level {best})",
            _ => "starts very low: expert opinion, narrative reviews, statements or laboratory work only (level 5)",
        });

        if (fit is { Directness: Directness.Indirect })
        {
            steps--;
            reasons.Add($"down one (indirectness): {fit.Reason}");
        }
        if (participants.Total < OptimalInformationSize)
        {
            steps--;
            reasons.Add(participants.Sources == 0
                ? "down one (imprecision): no participant numbers known for the primary studies"
                : $"down one (imprecision): {participants.Total} participants known across primary studies, fewer than GRADE's rule-of-thumb {OptimalInformationSize}");
        }
        if (inconsistent)
        {
            steps--;
            reasons.Add("down one (inconsistency): findings in this comparison point different ways");
        }
        if (cautious * 2 > sources)
        {
            steps--;
            reasons.Add(sources == 1 ? "down one: the only source is a draft or not fully verified" : $"down one: {cautious} of {sources} sources are drafts or not fully verified");
        }
        var certainty = Math.Max(0, steps) switch
        {
            >= 3 => Certainty.High,
            2 => Certainty.Moderate,
            1 => Certainty.Low,
            _ => Certainty.VeryLow,
        };
        return (certainty, reasons);
    }
}
