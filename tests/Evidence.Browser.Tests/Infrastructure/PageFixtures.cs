
namespace Evidence.Browser.Tests.Infrastructure;

/// <summary>
/// Sources the page tests add to <see cref="TestCorpus"/>: a draft that is only partly verified (the page must
/// flag it), and one whose text is made of markup (the page must show it as text, never render it).
/// </summary>
public static class PageFixtures
{
    public const string DraftId = "fixture-draft-cohort";
    public const string DraftTitle = "Fixture: a draft cohort study of needling for acne scars";
    public const string DraftPmid = "12345678";
    public const string DraftQuote = "Needling was well tolerated by every participant.";
    public const string DraftQuoteLocation = "Results, page 4";

    public const string MarkupId = "fixture-markup";
    public const string MarkupTitle = "Fixture: <i>markup</i> & <img src=x> in a title";
    public const string MarkupWord = "zanzibar";

    public static void WriteTo(TestCorpus corpus)
    {
        var draft = TestCorpus.Source(DraftId, DraftTitle, 2019, "cohort",
                conditions: ["acne-scars"], interventions: ["microneedling"],
                findings: [("acne-scars", "scar-appearance", "no-difference", "Scar grade did not differ from the untreated side at six months.")],
                adverse: [("erythema", "Two days in most participants")])
            .Replace($"identifiers: {{ doi: 10.5555/{DraftId} }}", $"identifiers: {{ doi: 10.5555/{DraftId}, pmid: \"{DraftPmid}\" }}", StringComparison.Ordinal)
            .Replace("review: { status: reviewed, verification: verified }", """
                keyPoints:
                  - Needling alone did not change scar grade in this cohort.
                quotes:
                  - { text: "Needling was well tolerated by every participant.", location: "Results, page 4" }
                limitations:
                  - No randomisation; assessors were not blinded.
                review:
                  status: draft
                  verification: partly-verified
                  verified: [title, doi]
                  unverified: [pmid, pages]
                  notes: The PMID comes from a secondary list.
                """, StringComparison.Ordinal);
        corpus.Write(DraftId, draft);

        var markup = TestCorpus.Source(MarkupId, "TITLE", 2015, "case-report",
                conditions: ["striae-distensae"], interventions: ["microneedling"],
                findings: [("striae-distensae", "striae-appearance", "unclear", "<script>document.title='pwned'</script> effect text")],
                adverse: [])
            .Replace("title: \"TITLE\"", "title: '" + MarkupTitle + "'", StringComparison.Ordinal)
            .Replace("summary: \"A synthetic summary about TITLE.\"", $"summary: 'A {MarkupWord} summary with <b>tags</b> & <img src=x onerror=alert(1)> in it.'", StringComparison.Ordinal);
        corpus.Write(MarkupId, markup);
    }
}
