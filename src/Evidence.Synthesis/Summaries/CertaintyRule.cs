using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Summaries;

/// <summary>
/// A GRADE-style overall certainty for one outcome across sources. Start from the best design: high when
/// randomised trials or their systematic reviews (level 1–2) report the outcome, low for controlled
/// observational evidence (level 3–4), very low for level 5 only. Then go down one step each for:
/// no controlled comparison at all (every source is uncontrolled: case series, reviews of them, statements);
/// imprecision (fewer than 100 participants known across primary studies, or none known);
/// inconsistency (sources point different ways, or any reports mixed results);
/// the record itself (more than half of the sources are drafts or not fully verified).
/// Floor: very low. This is a screening aid, not a substitute for a formal GRADE assessment.
/// </summary>
public static class CertaintyRule
{
    public const string Description =
        "Start from the best design (levels 1–2 high, 3–4 low, 5 very low); go down one step each for: no controlled comparison, " +
        "fewer than 100 participants known across primary studies, inconsistent directions, and more than half of the sources being drafts or not fully verified. Floor: very low.";

    public const int SmallSample = 100;

    public static (Certainty Certainty, IReadOnlyList<string> Reasons) Assess(IReadOnlyList<(StudySummary Source, Finding Finding)> evidence)
    {
        var reasons = new List<string>();
        var best = evidence.Min(e => e.Source.Level.Level);
        var steps = best <= 2 ? 3 : best <= 4 ? 1 : 0; // 3 high, 2 moderate, 1 low, 0 very low
        reasons.Add(best <= 2 ? "starts high: randomised trials or their systematic reviews" : best <= 4 ? "starts low: observational or uncontrolled studies" : "starts very low: expert opinion, narrative reviews or statements only");

        if (!evidence.Any(e => e.Finding.Comparator is not null || e.Source.Level.Level <= 3))
        {
            steps--;
            reasons.Add("down one: no controlled comparison");
        }
        var participants = Participants.Known(evidence.Select(e => e.Source));
        if (participants.Total < SmallSample)
        {
            steps--;
            reasons.Add(participants.Sources == 0 ? "down one: no participant numbers known" : $"down one: only {participants.Total} participants known across primary studies");
        }
        var directions = evidence.Select(e => e.Finding.Direction).Where(d => d != Direction.Unclear).Distinct().ToList();
        if (directions.Count > 1 || directions.Contains(Direction.Mixed))
        {
            steps--;
            reasons.Add("down one: sources point different ways");
        }
        var cautious = evidence.Select(e => e.Source).DistinctBy(s => s.Id).Count(s => s.NeedsCaution);
        var sources = evidence.Select(e => e.Source.Id).Distinct().Count();
        if (cautious * 2 > sources)
        {
            steps--;
            reasons.Add($"down one: {cautious} of {sources} sources are drafts or not fully verified");
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
