namespace Evidence.Corpus.Model;

/// <summary>The design of a source, as its authors describe it.</summary>
public enum StudyDesign
{
    SystematicReview,
    MetaAnalysis,
    RandomisedControlledTrial,
    NonRandomisedControlledTrial,
    Cohort,
    CaseControl,
    CaseSeries,
    CaseReport,
    NarrativeReview,
    Guideline,
    SocietyStatement,
    AnimalOrLaboratory,
}
