using Evidence.Search;
using Evidence.Corpus.Model;
using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Evidence.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Tests;

/// <summary>Facet counts from the per-segment arrays equal counts taken the slow way from the stored records.</summary>
public sealed class FacetCollectorTests : IndexTestBase
{
    private FacetCounts Collect(Query query)
    {
        using var lease = Index.Acquire();
        var facets = new FacetCollector();
        lease.Searcher.Search(query, facets);
        return facets.Result();
    }

    private List<StudySummary> Records(Query query)
    {
        using var lease = Index.Acquire();
        return [.. lease.Searcher.Search(query, 1_000).ScoreDocs.Select(hit => StoredRecords.Read(lease.Searcher, hit.Doc))];
    }

    private static Dictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private void AssertCountsMatchRecords(Query query)
    {
        var counts = Collect(query);
        var records = Records(query);

        Assert.Equal(Count(records.SelectMany(r => r.Conditions.Concat(r.Findings.Select(f => f.Condition)).Distinct())), counts.Condition);
        Assert.Equal(Count(records.SelectMany(r => r.Findings.Select(f => f.Outcome).Distinct())), counts.Outcome);
        Assert.Equal(Count(records.Select(r => Names<StudyDesign>.Id(r.Design))), counts.Design);
        Assert.Equal(records.GroupBy(r => r.Level.Level).ToDictionary(g => g.Key, g => g.Count()), counts.Level);
        // An undated record counts in no year.
        Assert.Equal(records.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value).ToDictionary(g => g.Key, g => g.Count()), counts.Year);
    }

    [Fact]
    public void EveryDocument_CountsLikeItsRecord()
    {
        AssertCountsMatchRecords(new MatchAllDocsQuery());
        Assert.Equal(2, Collect(new MatchAllDocsQuery()).Design["randomised-controlled-trial"]);
    }

    [Fact]
    public void OnlyMatchingDocuments_AreCounted()
    {
        var query = new TermQuery(new Term(IndexFields.Design, "case-series"));

        AssertCountsMatchRecords(query);
        Assert.Equal(new Dictionary<string, int> { ["case-series"] = 1 }, Collect(query).Design);
    }

    [Fact]
    public void MostDocumentsMatching_CountAsEveryDocumentLessTheRest()
    {
        // More than half of the segment matches, so its counts are the whole segment's less those that did not match.
        AssertCountsMatchRecords(AllBut("fixture-striae-series"));
    }

    [Fact]
    public void AnEditsDeletedVersion_IsNotCounted()
    {
        // The edit deletes the old version in the first segment (counted in the whole segment's counts) and adds the new one.
        Corpus.Write("fixture-acne-rct", TestCorpus.Source("fixture-acne-rct", "Fixture: an edited trial", 2001, "case-series",
            conditions: ["striae-distensae"], interventions: ["microneedling"], findings: [("striae-distensae", "striae-appearance", "improved", "Better.")], adverse: []));
        Library.Sync([Corpus.PathOf("fixture-acne-rct")]);

        AssertCountsMatchRecords(new MatchAllDocsQuery());
        AssertCountsMatchRecords(AllBut("fixture-striae-series"));
        Assert.Equal(1, Collect(new MatchAllDocsQuery()).Year[2001]);
    }

    private static Query AllBut(string id) => new BooleanQuery
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST_NOT },
    };

    [Fact]
    public void CountsAddUpAcrossSegments()
    {
        // A second commit writes a second segment; the collector flushes each segment's ordinals into one total.
        Corpus.Write("fixture-second-segment", TestCorpus.Source("fixture-second-segment", "Fixture: a second segment", 2013, "case-series",
            conditions: ["acne-scars"], interventions: ["microneedling"], findings: [("acne-scars", "scar-appearance", "improved", "Better.")], adverse: []));
        Library.Sync();
        using (var lease = Index.Acquire()) Assert.True(lease.Searcher.IndexReader.Leaves.Count >= 2);

        AssertCountsMatchRecords(new MatchAllDocsQuery());
        Assert.Equal(2, Collect(new MatchAllDocsQuery()).Year[2013]);
    }
}
