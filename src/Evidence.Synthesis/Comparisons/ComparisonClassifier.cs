using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Synthesis.Summaries;

namespace Evidence.Synthesis.Comparisons;

/// <summary>
/// Reads a finding's comparison (treatment vs comparator, and its kind) and how directly it answers a question
/// about a treatment, from the vocabulary alone: its hierarchy (<c>parent</c>), its combinations (<c>adds</c>)
/// and its inactive controls (kind <c>control</c>).
/// </summary>
public sealed class ComparisonClassifier(ConceptVocabulary vocabulary)
{
    /// <summary>
    /// The comparison of <paramref name="finding"/>. A finding that names no treatment takes its source's, when the
    /// source names exactly one; a finding without a comparator is a before-after result.
    /// </summary>
    public Comparison Of(Finding finding, StudySummary source) =>
        Of(finding.Intervention ?? (source.Interventions.Count == 1 ? source.Interventions[0] : null), finding.Comparator);

    /// <summary>The comparison of a treatment (null when none is stated) against a comparator (null: before-after).</summary>
    public Comparison Of(string? intervention, string? comparator)
    {
        var kind = comparator switch
        {
            null => ComparisonKind.BeforeAfter,
            _ when IsControl(comparator) => ComparisonKind.InactiveControl,
            _ => ComparisonKind.ActiveComparator,
        };
        return new Comparison(intervention is null ? null : Ref(intervention), comparator is null ? null : Ref(comparator), kind);
    }

    /// <summary>
    /// How <paramref name="comparison"/> bears on a question about <paramref name="treatmentId"/>, or null when
    /// neither arm is that treatment, one of its forms, or a combination that includes it.
    /// </summary>
    public QuestionFit? Fit(Comparison comparison, string treatmentId)
    {
        var inIntervention = comparison.Intervention is { } i && Holds(i.Id, treatmentId);
        var inComparator = comparison.Comparator is { } c && Holds(c.Id, treatmentId);
        if (!inIntervention && !inComparator) return null;
        var arm = inIntervention && inComparator ? QuestionArm.Both : inIntervention ? QuestionArm.Intervention : QuestionArm.Comparator;
        var direct = vocabulary.DirectVariants(treatmentId).ToHashSet(StringComparer.Ordinal);
        var arms = arm switch
        {
            QuestionArm.Intervention => [comparison.Intervention!.Id],
            QuestionArm.Comparator => [comparison.Comparator!.Id],
            _ => new[] { comparison.Intervention!.Id, comparison.Comparator!.Id },
        };
        var indirect = arms.FirstOrDefault(id => !direct.Contains(id));
        return indirect is null
            ? new QuestionFit(arm, Directness.Direct, null)
            : new QuestionFit(arm, Directness.Indirect, Combination(indirect, treatmentId));
    }

    /// <summary>The finding's direction in words that name its comparison (<see cref="Comparison.Reading"/>).</summary>
    public string Reading(Comparison comparison, Finding finding) =>
        comparison.Reading(finding.Direction, Ref(finding.Outcome), IsHarm(finding.Outcome));

    /// <summary>True when the concept is, or lies below, a concept of kind control.</summary>
    public bool IsControl(string conceptId) => SelfAndAncestors(conceptId).Any(c => c.Kinds.Contains(ConceptKind.Control));

    /// <summary>True when an outcome is an adverse-event concept: its findings are harm results, never benefits.</summary>
    public bool IsHarm(string outcomeId) => vocabulary.IsHarm(outcomeId);

    /// <summary>
    /// True when an arm is the treatment or a form of it (a concept below it), or a combination that adds the
    /// treatment (or a form of it) to something else: microneedling with PRP holds both microneedling and PRP.
    /// </summary>
    private bool Holds(string armId, string treatmentId)
    {
        var forms = vocabulary.SelfAndDescendants(treatmentId);
        return forms.Contains(armId, StringComparer.Ordinal)
            || SelfAndAncestors(armId).Any(c => c.Adds.Any(added => forms.Contains(added, StringComparer.Ordinal)));
    }

    /// <summary>Why an arm is indirect: the combination on its path, and what it adds to what.</summary>
    private string Combination(string armId, string treatmentId)
    {
        var combination = SelfAndAncestors(armId).FirstOrDefault(c => c.Adds.Count > 0 && c.Id != treatmentId);
        if (combination is null) return $"{Label(armId)} is not {Comparison.Lower(Label(treatmentId))} alone";
        var added = string.Join(" and ", combination.Adds.Select(a => Comparison.Lower(Label(a))));
        var onto = combination.Parent is { } parent ? Comparison.Lower(Label(parent)) : "another treatment";
        return $"combination: {combination.Label} adds {added} to {onto}; indirect evidence for {Comparison.Lower(Label(treatmentId))} alone";
    }

    private IEnumerable<Concept> SelfAndAncestors(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var concept = vocabulary.Find(id); concept is not null && seen.Add(concept.Id); concept = concept.Parent is null ? null : vocabulary.Find(concept.Parent))
            yield return concept;
    }

    private string Label(string id) => vocabulary.Find(id)?.Label ?? id;

    /// <summary>A concept id with its label (the id itself when the vocabulary does not know it).</summary>
    public ConceptRef Ref(string id) => new(id, Label(id));
}
