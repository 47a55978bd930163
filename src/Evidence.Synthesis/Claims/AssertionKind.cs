namespace Evidence.Synthesis.Claims;

/// <summary>
/// What a claim asserts about its treatment. Benefit, no effect and worse are decided by findings on the
/// treatment against no treatment (or before/after); comparative by findings that compare the two treatments;
/// harm, absolute safety and safety by adverse-event reports and harm results only (never by a finding of
/// benefit); absolute efficacy ("cures", "permanently") is never supported by findings of mere improvement.
/// </summary>
public enum AssertionKind
{
    /// <summary>No rule of the claim grammar matched: the checker says so instead of guessing "improves".</summary>
    NotUnderstood,
    Benefit,
    NoEffect,
    Worse,
    Comparative,
    Harm,
    AbsoluteSafety,
    AbsoluteEfficacy,
    /// <summary>"Is safe": a judgement of harms against benefits that counting reports cannot decide.</summary>
    Safety,
}

/// <summary>How a comparative claim ranks its treatment against the comparator.</summary>
public enum ClaimedComparison
{
    /// <summary>"better than", "more effective than", "superior to".</summary>
    Better,
    /// <summary>"as good as", "as effective as", "no worse than": at least as good (non-inferiority).</summary>
    AsGoodAs,
    /// <summary>"the same results as", "equivalent to", "no better than": neither better nor worse (equivalence).</summary>
    Same,
    /// <summary>"worse than", "less effective than", "not as good as".</summary>
    Worse,
}

/// <summary>How often a harm claim says the harm happens ("often causes", "is rare").</summary>
public enum ClaimedFrequency
{
    Common,
    Rare,
}
