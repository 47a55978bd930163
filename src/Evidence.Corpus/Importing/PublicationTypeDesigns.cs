using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Importing;

/// <summary>
/// The study design a record's publication types name. PubMed gives several per article ("Journal Article",
/// "Review", "Meta-Analysis"); the most specific one that names a design wins, in the order of
/// <see cref="Table"/>. When none does, the design is <see cref="Fallback"/>.
/// </summary>
public static class PublicationTypeDesigns
{
    /// <summary>
    /// Narrative review when nothing names a design: it sits at level 5, the weakest on the Oxford CEBM
    /// scale, so an unread import can never outrank an annotated study; review.notes says so.
    /// </summary>
    public const StudyDesign Fallback = StudyDesign.NarrativeReview;

    /// <summary>Publication types (PubMed's names, matched ignoring case and hyphens) and their designs, most specific first.</summary>
    public static IReadOnlyList<(string PublicationType, StudyDesign Design)> Table { get; } =
    [
        ("Meta-Analysis", StudyDesign.MetaAnalysis),
        ("Network Meta-Analysis", StudyDesign.MetaAnalysis),
        ("Systematic Review", StudyDesign.SystematicReview),
        ("Randomized Controlled Trial", StudyDesign.RandomisedControlledTrial),
        ("Practice Guideline", StudyDesign.Guideline),
        ("Guideline", StudyDesign.Guideline),
        ("Controlled Clinical Trial", StudyDesign.NonRandomisedControlledTrial),
        ("Clinical Trial", StudyDesign.NonRandomisedControlledTrial),
        ("Observational Study", StudyDesign.Cohort),
        ("Cohort Study", StudyDesign.Cohort),
        ("Cohort", StudyDesign.Cohort),
        ("Case Reports", StudyDesign.CaseReport),
        ("Review", StudyDesign.NarrativeReview),
    ];

    /// <summary>The design and the publication type that named it; a null type means <see cref="Fallback"/>.</summary>
    public static (StudyDesign Design, string? PublicationType) Choose(IEnumerable<string> publicationTypes)
    {
        var given = publicationTypes.Select(ConceptVocabulary.Normalise).ToHashSet(StringComparer.Ordinal);
        foreach (var (type, design) in Table)
        {
            if (given.Contains(ConceptVocabulary.Normalise(type))) return (design, type);
        }
        return (Fallback, null);
    }
}
