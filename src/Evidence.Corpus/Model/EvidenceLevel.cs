namespace Evidence.Corpus.Model;

/// <summary>
/// A level on the Oxford CEBM 2011 scale for treatment benefits (1 best, 5 weakest), with the reason for it:
/// the rule that derived it from the design, or the author's reason when <see cref="IsOverride"/> is true.
/// </summary>
public sealed record EvidenceLevel(int Level, bool IsOverride, string? Reason)
{
    public const string Scale = "oxford-cebm-2011";
    public const int Best = 1;
    public const int Weakest = 5;

    /// <summary>The level of a review whose included designs are not recorded: an unknown makeup earns neither 1 nor 2.</summary>
    public const int UnknownReviewMakeup = 3;

    /// <summary>The level given to included studies whose design the review does not state.</summary>
    public const int UnstatedDesign = 4;

    /// <summary>
    /// The best level a design can reach. Oxford CEBM 2011, "Does this intervention help?":
    /// 1 systematic review of randomised trials; 2 randomised trial; 3 non-randomised controlled cohort
    /// or follow-up study; 4 case series, case-control or historically controlled studies;
    /// 5 mechanism-based reasoning (expert opinion, narrative reviews, statements, laboratory and animal work).
    /// A review reaches 1 only when it includes randomised trials alone (see <see cref="For(StudyDesign, IReadOnlyList{StudyDesign}, bool)"/>);
    /// this rank is for ordering designs.
    /// </summary>
    public static int DefaultFor(StudyDesign design) => design switch
    {
        StudyDesign.SystematicReview or StudyDesign.MetaAnalysis => 1,
        StudyDesign.RandomisedControlledTrial => 2,
        StudyDesign.NonRandomisedControlledTrial or StudyDesign.Cohort => 3,
        StudyDesign.CaseControl or StudyDesign.CaseSeries or StudyDesign.CaseReport => 4,
        _ => 5,
    };

    public static bool IsSystematic(StudyDesign design) => design is StudyDesign.SystematicReview or StudyDesign.MetaAnalysis;

    /// <summary>The derived level of a source whose included designs are listed (none listed: not recorded).</summary>
    public static EvidenceLevel For(StudyDesign design, params IReadOnlyList<StudyDesign> includedDesigns) =>
        For(design, includedDesigns, includesOtherDesigns: false);

    /// <summary>
    /// The derived level and the rule that gave it. A systematic review or meta-analysis follows what it
    /// includes (Oxford CEBM 2011 puts only a systematic review of randomised trials at level 1):
    /// randomised trials only 1; randomised trials and other designs 2 (graded down one); no randomised
    /// trials, the level of its weakest included design (a design the review does not state counts as 4);
    /// makeup not recorded 3. Every other design takes <see cref="DefaultFor"/>.
    /// </summary>
    public static EvidenceLevel For(StudyDesign design, IReadOnlyList<StudyDesign> includedDesigns, bool includesOtherDesigns)
    {
        var name = Names<StudyDesign>.Label(design).ToLowerInvariant();
        if (!IsSystematic(design))
            return Derived(DefaultFor(design), $"Oxford CEBM 2011: a {name} is level {DefaultFor(design)} by default.");
        if (includedDesigns.Count == 0 && !includesOtherDesigns)
            return Derived(UnknownReviewMakeup, $"The designs this {name} includes are not recorded; an unknown makeup does not earn level 1 or 2 (Oxford CEBM 2011 gives level 1 only to a systematic review of randomised trials).");
        var randomised = includedDesigns.Contains(StudyDesign.RandomisedControlledTrial);
        var others = includesOtherDesigns || includedDesigns.Any(d => d != StudyDesign.RandomisedControlledTrial);
        if (randomised && !others)
            return Derived(1, $"Oxford CEBM 2011: a {name} of randomised trials only is level 1.");
        if (randomised)
            return Derived(2, $"This {name} includes randomised trials and other designs, so it is not a review of randomised trials alone: graded down one from level 1 (Oxford CEBM 2011).");
        var weakest = includedDesigns.Select(IncludedLevel).Append(includesOtherDesigns ? UnstatedDesign : Best).Max();
        return Derived(weakest, $"This {name} includes no randomised trials: it takes level {weakest}, the level of its weakest included design (Oxford CEBM 2011; a design the review does not state counts as {UnstatedDesign}).");
    }

    private static int IncludedLevel(StudyDesign design) =>
        IsSystematic(design) ? UnknownReviewMakeup : DefaultFor(design);

    private static EvidenceLevel Derived(int level, string reason) => new(level, false, reason);
}
