using Evidence.Corpus.Model;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

/// <summary>A query that names a harm keeps to its topic and lists harm data first.</summary>
public sealed class SafetyIntentTests : IndexTestBase
{
    private const string SafetyReview = "fixture-safety-review";

    public SafetyIntentTests()
    {
        // Harms and no benefit result: a safety review. It says "needling" but not "redness".
        Corpus.Write(SafetyReview, TestCorpus.Source(SafetyReview, "Fixture: adverse events of skin needling, a systematic review", 2022, "systematic-review",
                conditions: ["acne-scars"], interventions: ["microneedling"], findings: [],
                adverse: [("erythema", "Common"), ("infection", "Rare"), ("erythema", "Lasting two days"), ("infection", "One case")])
            .Replace("findings:\n", "findings: []\n", StringComparison.Ordinal));
        Library.Sync();
    }

    private IReadOnlyList<string> Ids(string text) =>
        [.. new EvidenceSearcher(Index).Search(new EvidenceQuery { Text = text }).Hits.Select(h => h.Summary.Id)];

    [Fact]
    public void HarmQuery_ListsHarmsOnlySources_ThenSourcesWithAdverseEvents_ThenTheRest()
    {
        var ids = Ids("redness after microneedling");

        Assert.Equal(SafetyReview, ids[0]);
        Assert.Equal("fixture-alopecia-rct", ids[^1]); // the one source without adverse events
        Assert.Equal(5, ids.Count);
    }

    [Fact]
    public void SameTopic_WithoutAHarm_RanksByTextAlone()
    {
        var ids = Ids("needling acne scars");

        Assert.NotEqual(SafetyReview, ids[0]);
    }

    [Fact]
    public void HarmQuery_KeepsToItsTopic_NotToEverySourceThatNamesTheHarm()
    {
        Assert.Equal(["fixture-alopecia-rct"], Ids("minoxidil infection"));
    }

    [Fact]
    public void HarmWordsAlone_FindSourcesNamingTheHarm_HarmsOnlyFirst()
    {
        var ids = Ids("infection");

        Assert.Equal([SafetyReview, "fixture-scars-review"], ids);
    }

    [Fact]
    public void Tier_ReadsAdverseEventsAndHarmOutcomes()
    {
        var vocabulary = Index.Vocabulary;
        var trial = new EvidenceSearcher(Index).Find("fixture-acne-rct")!;
        Assert.Equal(HarmData.Some, HarmData.Tier(trial, vocabulary));
        Assert.Equal(HarmData.None, HarmData.Tier(trial with { AdverseEvents = [] }, vocabulary));
        Assert.Equal(HarmData.Some, HarmData.Tier(trial with { Findings = [] }, vocabulary)); // one event, nothing else annotated
        var harmOutcome = new Finding("acne-scars", "erythema", "microneedling", null, Direction.Worsened, "More redness.", Certainty.Low);
        var harms = trial with { Findings = [harmOutcome], AdverseEvents = [.. Enumerable.Repeat(trial.AdverseEvents[0], 3)] };
        Assert.Equal(HarmData.HarmsOnly, HarmData.Tier(harms, vocabulary));
        Assert.Equal(HarmData.Some, HarmData.Tier(harms with { Findings = [harmOutcome, trial.Findings[0]] }, vocabulary));
    }
}
