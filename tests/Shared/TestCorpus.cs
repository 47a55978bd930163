using System.Text;

namespace Evidence.Testing;

/// <summary>
/// A small corpus written to a temporary folder, with a temporary index folder beside it. The sources are
/// synthetic (titles say "Fixture", DOIs use Crossref's 10.5555 test prefix): they test the software, not
/// the evidence.
/// </summary>
public sealed class TestCorpus : IDisposable
{
    public TestCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "evidence-tests", Guid.NewGuid().ToString("N"));
        CorpusPath = Path.Combine(Root, "corpus");
        IndexPath = Path.Combine(Root, "index");
        Directory.CreateDirectory(Path.Combine(CorpusPath, "sources"));
        File.WriteAllText(Path.Combine(CorpusPath, "vocabulary.yaml"), Vocabulary);
        Write("fixture-acne-rct", Source("fixture-acne-rct", "Fixture: microneedling for atrophic acne scars, a randomised trial", 2020, "randomised-controlled-trial",
            conditions: ["acne-scars"], interventions: ["microneedling"],
            findings: [("acne-scars", "scar-appearance", "improved", "Scar grade fell from 3.1 to 2.0 after four sessions.")],
            adverse: [("erythema", "In all patients for two days")]));
        Write("fixture-striae-series", Source("fixture-striae-series", "Fixture: skin needling of striae distensae, a case series", 2016, "case-series",
            conditions: ["striae-distensae"], interventions: ["microneedling"],
            findings: [("striae-distensae", "striae-appearance", "improved", "Striae looked better in 8 of 10 patients.")],
            adverse: [("erythema", "Transient")]));
        Write("fixture-alopecia-rct", Source("fixture-alopecia-rct", "Fixture: microneedling with minoxidil for androgenetic alopecia", 2013, "randomised-controlled-trial",
            conditions: ["androgenetic-alopecia"], interventions: ["microneedling", "minoxidil"],
            findings: [("androgenetic-alopecia", "hair-count", "improved", "Mean hair count rose by 91 versus 22 with minoxidil alone.")],
            adverse: []));
        Write("fixture-scars-review", Source("fixture-scars-review", "Fixture: a systematic review of needling for scars", 2021, "systematic-review",
            conditions: ["scars", "acne-scars"], interventions: ["microneedling"],
            findings: [("acne-scars", "scar-appearance", "mixed", "Most trials improved scars; two found no difference.")],
            adverse: [("erythema", "Common"), ("infection", "Rare")], includedDesigns: ["randomised-controlled-trial"]));
    }

    public string Root { get; }

    public string CorpusPath { get; }

    public string IndexPath { get; }

    public string PathOf(string id) => Path.Combine(CorpusPath, "sources", id + ".yaml");

    public void Write(string id, string yaml) => File.WriteAllText(PathOf(id), yaml);

    public void Delete(string id) => File.Delete(PathOf(id));

    public static string Source(string id, string title, int year, string design,
        string[] conditions, string[] interventions,
        (string Condition, string Outcome, string Direction, string Effect)[] findings,
        (string Event, string Frequency)[] adverse, string[]? includedDesigns = null)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# yaml-language-server: $schema=../schema/study-summary.schema.json");
        yaml.AppendLine($"id: {id}");
        yaml.AppendLine($"title: \"{title}\"");
        yaml.AppendLine("authors:\n  - { family: Fixture, given: Ada }");
        yaml.AppendLine($"year: {year}");
        yaml.AppendLine("publication: { type: journal-article, journal: Journal of Test Fixtures, volume: \"1\", pages: \"1-9\" }");
        yaml.AppendLine($"identifiers: {{ doi: 10.5555/{id} }}");
        yaml.AppendLine($"design: {design}");
        if (includedDesigns is not null) yaml.AppendLine($"includedDesigns: [{string.Join(", ", includedDesigns)}]");
        yaml.AppendLine($"interventions: [{string.Join(", ", interventions)}]");
        yaml.AppendLine($"conditions: [{string.Join(", ", conditions)}]");
        var topic = title.Replace("Fixture: ", "", StringComparison.Ordinal);
        yaml.AppendLine($"summary: \"A synthetic summary about {topic}.\"");
        yaml.AppendLine("findings:");
        foreach (var (condition, outcome, direction, effect) in findings)
            yaml.AppendLine($"  - {{ condition: {condition}, outcome: {outcome}, intervention: microneedling, direction: {direction}, effect: \"{effect}\", certainty: low }}");
        yaml.AppendLine(adverse.Length == 0 ? "adverseEvents: []" : "adverseEvents:");
        foreach (var (name, frequency) in adverse) yaml.AppendLine($"  - {{ event: {name}, frequency: \"{frequency}\", severity: mild }}");
        yaml.AppendLine("review: { status: reviewed, verification: verified }");
        return yaml.ToString();
    }

    public const string Vocabulary = """
        concepts:
          - { id: scars, kinds: [condition], label: Scars, synonyms: [scarring], lay: [scar] }
          - { id: acne-scars, kinds: [condition], label: Atrophic acne scars, synonyms: [post-acne scarring], lay: [acne scars, pitted scars], parent: scars }
          - { id: striae-distensae, kinds: [condition], label: Striae distensae, synonyms: [striae], lay: [stretch marks] }
          - { id: androgenetic-alopecia, kinds: [condition], label: Androgenetic alopecia, synonyms: [pattern hair loss], lay: [hair loss, balding] }
          - { id: scar-appearance, kinds: [outcome], label: Scar appearance, synonyms: [scar grade], lay: [] }
          - { id: striae-appearance, kinds: [outcome], label: Striae appearance, synonyms: [], lay: [] }
          - { id: hair-count, kinds: [outcome], label: Hair count, synonyms: [hair density], lay: [] }
          - { id: microneedling, kinds: [intervention], label: Microneedling, synonyms: [percutaneous collagen induction, collagen induction therapy, skin needling], lay: [derma roller] }
          - { id: minoxidil, kinds: [intervention], label: Minoxidil, synonyms: [], lay: [] }
          - { id: erythema, kinds: [adverse-event], label: Erythema, synonyms: [], lay: [redness] }
          - { id: infection, kinds: [adverse-event], label: Infection, synonyms: [], lay: [] }
        """;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A reader may still hold a file on some platforms; the folder is under the temp path anyway.
        }
    }
}
