using Evidence.Corpus.Model;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Evidence.Search.Ranking;

namespace Evidence.Search.Tests;

/// <summary>A query that names a harm keeps to its topic and lists harm data first.</summary>
public sealed class SafetyIntentTests : IndexTestBase
{
    private const string SafetyReview = "fixture-safety-review";

    public SafetyIntentTests()
    {
        // Harms and no benefit result: a safety review. It says "needling" but not "redness".
        Corpus.Write(SafetyReview, TestCorpus.Source(SafetyReview, "Fixture: adverse events of skin needling, a systematic review", 2022, "systematic-review",
                conditions: ["acne-scars"], interventions: ["microneedling"], findings: [], adverse: [("erythema", "Common"), ("infection", "Rare")])
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
    public void ReRankingByMeaning_KeepsTheHarmTiersInOrder()
    {
        // A ranker that reverses the lexical order: only within a tier may it move a source.
        var ids = new EvidenceSearcher(Index, new ReversingRanker()).Search(new EvidenceQuery { Text = "redness after microneedling" })
            .Hits.Select(h => h.Summary.Id).ToList();

        Assert.Equal(SafetyReview, ids[0]);
        Assert.Equal("fixture-alopecia-rct", ids[^1]);
        Assert.Equal(5, ids.Count);
    }

    [Fact]
    public void ReRankingByMeaning_OfAnOrdinaryQuestion_IsTheRankersOrder()
    {
        var lexical = Ids("needling acne scars");
        var reranked = new EvidenceSearcher(Index, new ReversingRanker()).Search(new EvidenceQuery { Text = "needling acne scars" })
            .Hits.Select(h => h.Summary.Id).ToList();

        Assert.Equal(lexical.Reverse(), reranked);
    }

    [Fact]
    public void ReRankingByMeaning_WhenMeaningTies_PutsTheSourceReportingMoreHarmsFirst_WithinATier()
    {
        var hits = new EvidenceSearcher(Index, new TieRanker()).Search(new EvidenceQuery { Text = "redness after microneedling" }).Hits;
        var harms = hits.Select(h => (Tier: HarmData.Tier(h.Summary, Index.Vocabulary), HarmData.Harms(h.Summary, Index.Vocabulary).Entries)).ToList();

        Assert.Equal(harms.OrderByDescending(h => h.Tier).ThenByDescending(h => h.Entries), harms);
        // Not a vacuous order: some tier holds sources with different numbers of harms.
        Assert.Contains(harms.GroupBy(h => h.Tier), tier => tier.Select(h => h.Entries).Distinct().Count() > 1);
    }

    private sealed class TieRanker : ISemanticRanker
    {
        public int Depth => 100;

        public IReadOnlyList<RankedCandidate> Rerank(string text, IReadOnlyList<RankedCandidate> candidates) =>
            [.. candidates.Reverse().Select(c => c with { Score = 0.5f })];
    }

    private sealed class ReversingRanker : ISemanticRanker
    {
        public int Depth => 100;

        public IReadOnlyList<RankedCandidate> Rerank(string text, IReadOnlyList<RankedCandidate> candidates) =>
            [.. candidates.Reverse().Select((c, i) => c with { Score = 1f - i / (float)candidates.Count })];
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
        var erythema = new AdverseEvent("erythema", null, Severity.NotReported, null);
        var oedema = new AdverseEvent("oedema", null, Severity.NotReported, null);
        // No benefit results and one harm entry: a review that mentions one event in passing, not a safety source.
        Assert.Equal(HarmData.Some, HarmData.Tier(trial with { Findings = [], AdverseEvents = [erythema] }, vocabulary));
        Assert.Equal(HarmData.HarmsOnly, HarmData.Tier(trial with { Findings = [], AdverseEvents = [erythema, oedema] }, vocabulary));
        var harmOutcome = new Finding("acne-scars", "erythema", "microneedling", null, Direction.Worsened, "More redness.", Certainty.Low);
        Assert.Equal(HarmData.HarmsOnly, HarmData.Tier(trial with { AdverseEvents = [oedema], Findings = [harmOutcome] }, vocabulary));
    }
}
