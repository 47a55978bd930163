using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>Synthetic sources (titles say "Fixture", DOIs use the 10.5555 test prefix) for the synthesis rules.</summary>
internal static class SynthesisFixtures
{
    public static readonly ConceptVocabulary Vocabulary = new(
    [
        new Concept("scars", [ConceptKind.Condition], "Scars", [], ["scar"], null),
        new Concept("acne-scars", [ConceptKind.Condition], "Atrophic acne scars", [], ["acne scars"], "scars"),
        new Concept("rosacea", [ConceptKind.Condition], "Rosacea", [], ["red face"], null),
        new Concept("scar-appearance", [ConceptKind.Outcome], "Scar appearance", [], [], null),
        new Concept("microneedling", [ConceptKind.Intervention], "Microneedling", ["collagen induction therapy"], ["derma roller"], null),
        new Concept("fractional-laser", [ConceptKind.Intervention], "Fractional laser", [], ["laser"], null),
        new Concept("home-device", [ConceptKind.Intervention], "At-home microneedling device", [], ["at-home dermaroller"], null),
        new Concept("no-active-treatment", [ConceptKind.Intervention, ConceptKind.Control], "No active treatment", [], [], null),
        new Concept("erythema", [ConceptKind.AdverseEvent], "Erythema", [], ["redness"], null),
    ]);

    public static StudySummary Source(string id, StudyDesign design, int? sampleSize, params Finding[] findings) => new()
    {
        Id = id,
        Title = "Fixture: " + id,
        Year = 2020,
        Publication = new Publication(PublicationType.JournalArticle, "Journal of Fixtures", null, null, "1", null, "1-2", null),
        Identifiers = new Identifiers("10.5555/" + id, null, null, null),
        Design = design,
        Level = EvidenceLevel.For(design),
        Population = sampleSize is null ? null : new Population(null, sampleSize, null),
        Interventions = ["microneedling"],
        Conditions = [.. findings.Select(f => f.Condition).Distinct()],
        Findings = findings,
        AdverseEvents = [new AdverseEvent("erythema", "transient", Severity.Mild, null)],
        Review = new Review(ReviewStatus.Reviewed, Verification.Verified, [], [], null, []),
    };

    public static Finding Finding(Direction direction, string? comparator = null, string intervention = "microneedling", string condition = "acne-scars") =>
        new(condition, "scar-appearance", intervention, comparator, direction, "Fixture effect.", Certainty.Low);
}
