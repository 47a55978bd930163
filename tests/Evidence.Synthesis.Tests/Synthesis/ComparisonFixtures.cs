using System.Text;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>
/// A vocabulary with combinations (<c>adds</c>), plain variants and inactive controls, read with the corpus's own
/// loader so the tests see the format as a corpus author writes it.
/// </summary>
internal static class ComparisonFixtures
{
    private const string Yaml = """
        concepts:
          - { id: acne-scars, kinds: [condition], label: Atrophic acne scars }
          - { id: alopecia, kinds: [condition], label: Alopecia }
          - { id: scar-appearance, kinds: [outcome], label: Scar appearance }
          - { id: hair-count, kinds: [outcome], label: Hair count }
          - { id: hyperpigmentation, kinds: [condition, adverse-event], label: Hyperpigmentation }
          - { id: microneedling, kinds: [intervention], label: Microneedling }
          - { id: in-office-microneedling, kinds: [intervention], label: In-office microneedling, parent: microneedling }
          - { id: home-microneedling-device, kinds: [intervention], label: At-home microneedling device }
          - { id: platelet-rich-plasma, kinds: [intervention], label: Platelet-rich plasma }
          - { id: minoxidil, kinds: [intervention], label: Minoxidil }
          - { id: radiofrequency-energy, kinds: [intervention], label: Radiofrequency energy }
          - { id: microneedling-with-prp, kinds: [intervention], label: Microneedling with platelet-rich plasma, parent: microneedling, adds: [platelet-rich-plasma] }
          - { id: microneedling-with-prp-twice-monthly, kinds: [intervention], label: Microneedling with PRP twice monthly, parent: microneedling-with-prp }
          - { id: microneedling-with-minoxidil, kinds: [intervention], label: Microneedling with topical minoxidil, parent: microneedling, adds: [minoxidil] }
          - { id: radiofrequency-microneedling, kinds: [intervention], label: Radiofrequency microneedling, parent: microneedling, adds: [radiofrequency-energy] }
          - { id: fractional-co2-laser, kinds: [intervention], label: Fractional CO2 laser }
          - { id: no-active-treatment, kinds: [intervention, control], label: No active treatment }
          - { id: sham-microneedling, kinds: [intervention], label: Sham microneedling, parent: no-active-treatment }
        """;

    public static readonly ConceptVocabulary Vocabulary = Load();

    private static ConceptVocabulary Load()
    {
        var errors = new List<CorpusError>();
        var vocabulary = CorpusLoader.ReadVocabulary("vocabulary.yaml", Encoding.UTF8.GetBytes(Yaml), errors);
        if (errors.Count > 0) throw new InvalidOperationException("fixture vocabulary does not load: " + string.Join("; ", errors));
        return vocabulary;
    }
}
