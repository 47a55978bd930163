using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Summaries;

/// <summary>
/// Participants added up over primary studies only: reviews and meta-analyses count people already counted
/// in the trials they include, so adding them would count the same patients twice.
/// </summary>
public static class Participants
{
    public static (int Total, int Sources) Known(IEnumerable<StudySummary> sources)
    {
        var primary = sources.DistinctBy(s => s.Id)
            .Where(s => IsPrimary(s.Design))
            .Where(s => s.Population?.SampleSize is not null)
            .ToList();
        return (primary.Sum(s => s.Population!.SampleSize!.Value), primary.Count);
    }

    /// <summary>True for a design that enrols its own participants (not a review, guideline or statement).</summary>
    public static bool IsPrimary(StudyDesign design) =>
        design is not (StudyDesign.SystematicReview or StudyDesign.MetaAnalysis or StudyDesign.NarrativeReview or StudyDesign.Guideline or StudyDesign.SocietyStatement);
}
