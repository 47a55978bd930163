using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

/// <summary>A hit's record is decoded once per segment and shared; an edit, in a new segment, is read afresh.</summary>
public sealed class HitRecordsTests : IndexTestBase
{
    private SearchHit Hit(string text, string id) => Assert.Single(new EvidenceSearcher(Index).Search(new EvidenceQuery { Text = text }).Hits, hit => hit.Summary.Id == id);

    [Fact]
    public void Record_OfAHitAskedForAgain_IsTheOneDecodedBefore()
    {
        var first = Hit("acne scars", "fixture-acne-rct");
        var again = Hit("microneedling", "fixture-acne-rct");

        Assert.Same(first.Summary, again.Summary);
        Assert.Equal(first.Address, again.Address);
    }

    [Fact]
    public void EditedRecord_IsReadFromItsNewCommit()
    {
        var before = Hit("acne scars", "fixture-acne-rct");
        Corpus.Write("fixture-acne-rct", TestCorpus.Source("fixture-acne-rct", "Fixture: an edited title about acne scars", 2020, "randomised-controlled-trial",
            ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], []));
        Library.Sync([Corpus.PathOf("fixture-acne-rct")]);

        var after = Hit("acne scars", "fixture-acne-rct");

        Assert.Equal("Fixture: an edited title about acne scars", after.Summary.Title);
        Assert.NotEqual(before.Address, after.Address);
    }

    [Fact]
    public void HitRecord_LeavesOutLimitations_TheWholeRecordKeepsThem()
    {
        var yaml = File.ReadAllText(Corpus.PathOf("fixture-alopecia-rct")) + "limitations: [\"Fixture: twelve weeks of follow-up only.\"]\n";
        Corpus.Write("fixture-alopecia-rct", yaml);
        Library.Sync([Corpus.PathOf("fixture-alopecia-rct")]);

        var hit = Hit("hair loss", "fixture-alopecia-rct");

        Assert.Empty(hit.Summary.Limitations);
        Assert.Equal("Mean hair count rose by 91 versus 22 with minoxidil alone.", Assert.Single(hit.Summary.Findings).Effect);
        Assert.Equal(["Fixture: twelve weeks of follow-up only."], Library.Find("fixture-alopecia-rct")!.Limitations);
    }
}
