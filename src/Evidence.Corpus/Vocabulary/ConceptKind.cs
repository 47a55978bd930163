namespace Evidence.Corpus.Vocabulary;

/// <summary>The role a concept can play in a summary.</summary>
public enum ConceptKind
{
    Condition,
    Outcome,
    Intervention,
    AdverseEvent,

    /// <summary>
    /// An inactive comparison arm: no treatment, placebo, vehicle or sham. A finding whose comparator is such a
    /// concept (or lies below one) compares against an inactive control, not against another treatment.
    /// </summary>
    Control,
}
