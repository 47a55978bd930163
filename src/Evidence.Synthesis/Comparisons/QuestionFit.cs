namespace Evidence.Synthesis.Comparisons;

/// <summary>
/// How directly a comparison answers a question about one treatment (GRADE indirectness): evidence on the
/// treatment itself or a plain variant of it is direct; evidence on a combination that adds something to it
/// (the vocabulary's <c>adds</c>) is indirect evidence for the treatment alone.
/// </summary>
public enum Directness
{
    Direct,
    Indirect,
}

/// <summary>Which arm of a comparison holds the treatment the question is about.</summary>
public enum QuestionArm
{
    /// <summary>The treatment studied: the finding's direction is the treatment's.</summary>
    Intervention,

    /// <summary>The comparator: the finding's direction is the other treatment's, relative to this one.</summary>
    Comparator,

    /// <summary>Both arms: two forms of the treatment compared (at home vs in office, with vs without an add-on).</summary>
    Both,
}

/// <summary>
/// A comparison seen from a question about one treatment. <see cref="Reason"/> says in words why the evidence
/// is indirect ("Microneedling with platelet-rich plasma adds platelet-rich plasma to microneedling"); null when direct.
/// </summary>
public sealed record QuestionFit(QuestionArm Arm, Directness Directness, string? Reason);
