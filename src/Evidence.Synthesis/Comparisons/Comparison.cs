using Evidence.Corpus.Model;
using Evidence.Synthesis.Summaries;

namespace Evidence.Synthesis.Comparisons;

/// <summary>
/// What a finding's treatment was compared with. A summary of findings keeps each kind, and each pair of
/// treatments, apart (Cochrane Handbook ch. 14: one summary-of-findings table per comparison).
/// </summary>
public enum ComparisonKind
{
    /// <summary>No comparator: the same people before and after treatment (or a result stated without one).</summary>
    BeforeAfter,

    /// <summary>An untreated, placebo, vehicle or sham arm: a comparator of the vocabulary's kind <c>control</c>.</summary>
    InactiveControl,

    /// <summary>Another treatment.</summary>
    ActiveComparator,
}

/// <summary>
/// One comparison: a treatment (null when neither the finding nor its source names a single one) against a
/// comparator (null for <see cref="ComparisonKind.BeforeAfter"/>). <see cref="Key"/> identifies it: two findings
/// belong to the same comparison exactly when their keys are equal.
/// </summary>
public sealed record Comparison(ConceptRef? Intervention, ConceptRef? Comparator, ComparisonKind Kind)
{
    public string Key => $"{Intervention?.Id ?? "-"} vs {Comparator?.Id ?? "-"}";

    /// <summary>"Microneedling vs no active treatment (control)", "Microneedling, before and after treatment".</summary>
    public string Label => Kind == ComparisonKind.BeforeAfter
        ? $"{Treatment}, before and after treatment"
        : $"{Treatment} vs {Lower(Comparator!.Label)}";

    /// <summary>
    /// A finding's direction in words that name the comparison, so that it cannot be misread on its own:
    /// "At-home microneedling device: worse than in-office microneedling by a physician". For a harm outcome the
    /// direction is the direction of the harm (worsened = more of it): "Microneedling: more erythema than …".
    /// </summary>
    public string Reading(Direction direction, ConceptRef outcome, bool outcomeIsHarm)
    {
        var against = Kind == ComparisonKind.BeforeAfter ? null : Lower(Comparator!.Label);
        var harm = Lower(outcome.Label);
        var words = (direction, outcomeIsHarm, against) switch
        {
            (Direction.Improved, false, null) => "better after treatment (no comparison group)",
            (Direction.Improved, false, _) => $"better than {against}",
            (Direction.Improved, true, null) => $"less {harm} after treatment (no comparison group)",
            (Direction.Improved, true, _) => $"less {harm} than {against}",
            (Direction.Worsened, false, null) => "worse after treatment (no comparison group)",
            (Direction.Worsened, false, _) => $"worse than {against}",
            (Direction.Worsened, true, null) => $"more {harm} after treatment (no comparison group)",
            (Direction.Worsened, true, _) => $"more {harm} than {against}",
            (Direction.NoDifference, false, null) => "no change after treatment",
            (Direction.NoDifference, false, _) => $"no different from {against}",
            (Direction.NoDifference, true, null) => $"no change in {harm} after treatment",
            (Direction.NoDifference, true, _) => $"no difference in {harm} from {against}",
            (Direction.Mixed, _, null) => "mixed results after treatment",
            (Direction.Mixed, _, _) => $"mixed results against {against}",
            (_, _, null) => "unclear effect after treatment",
            (_, _, _) => $"unclear against {against}",
        };
        return $"{Treatment}: {words}";
    }

    private string Treatment => Intervention?.Label ?? "Treatment not stated";

    /// <summary>A label inside a sentence: "No active treatment" becomes "no active treatment"; "CO2 laser" stays.</summary>
    internal static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
