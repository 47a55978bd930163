namespace Evidence.Corpus.Model;

/// <summary>
/// A level on the Oxford CEBM 2011 scale for treatment benefits (1 best, 5 weakest).
/// <see cref="IsOverride"/> is true when the author set the level instead of taking the design's default.
/// </summary>
public sealed record EvidenceLevel(int Level, bool IsOverride, string? Reason)
{
    public const string Scale = "oxford-cebm-2011";
    public const int Best = 1;
    public const int Weakest = 5;

    /// <summary>
    /// The default level for a design. Oxford CEBM 2011, "Does this intervention help?":
    /// 1 systematic review of randomised trials; 2 randomised trial; 3 non-randomised controlled cohort
    /// or follow-up study; 4 case series, case-control or historically controlled studies;
    /// 5 mechanism-based reasoning (expert opinion, narrative reviews, statements, laboratory and animal work).
    /// </summary>
    public static int DefaultFor(StudyDesign design) => design switch
    {
        StudyDesign.SystematicReview or StudyDesign.MetaAnalysis => 1,
        StudyDesign.RandomisedControlledTrial => 2,
        StudyDesign.NonRandomisedControlledTrial or StudyDesign.Cohort => 3,
        StudyDesign.CaseControl or StudyDesign.CaseSeries or StudyDesign.CaseReport => 4,
        _ => 5,
    };

    public static EvidenceLevel For(StudyDesign design) => new(DefaultFor(design), false, null);
}
