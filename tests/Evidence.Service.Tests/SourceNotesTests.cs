using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Service.Search;
using Evidence.Synthesis.Citations;
using Evidence.Synthesis.Summaries;
using Cite = Evidence.Synthesis.Citations.Citations;

namespace Evidence.Service.Tests;

/// <summary>A hit's citation, its warning and its caution are made once per record and segment, and equal what the whole record gives.</summary>
public sealed class SourceNotesTests : IDisposable
{
    private readonly TestCorpus _corpus = new();
    private readonly EvidenceLibrary _library;

    public SourceNotesTests()
    {
        _corpus.Write("fixture-draft-series", TestCorpus.Source("fixture-draft-series", "Fixture: microneedling of rolling acne scars, a draft case series", 2019, "case-series",
                ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Scars looked better.")], [])
            .Replace("review: { status: reviewed, verification: verified }", "review: { status: draft, verification: unverified, notes: \"Fixture: not checked against the publication.\" }", StringComparison.Ordinal));
        _library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath);
        _library.Sync();
    }

    private IReadOnlyList<SearchHit> Hits(string text) => _library.Search(new EvidenceQuery { Text = text }).Hits;

    [Fact]
    public void HitNotes_AreTheCitationWarningAndCautionOfTheWholeRecord()
    {
        var hits = Hits("microneedling");

        Assert.Equal(5, hits.Count);
        Assert.Contains(hits, hit => SourceNotes.Of(hit).Caution is not null);
        foreach (var hit in hits)
        {
            var whole = _library.Find(hit.Summary.Id)!;
            var notes = SourceNotes.Of(hit);
            Assert.Equal(Cite.Format(whole, CitationStyle.Ama), notes.Citation);
            Assert.Equal(Cite.Completeness(whole, CitationStyle.Ama).Warning, notes.CitationWarning);
            Assert.Equal(Cautions.For(whole), notes.Caution);
        }
    }

    [Fact]
    public void HitNotes_OfARecordAskedForAgain_AreTheOnesMadeBefore()
    {
        var first = SourceNotes.Of(Assert.Single(Hits("rolling"), hit => hit.Summary.Id == "fixture-draft-series"));
        var again = SourceNotes.Of(Assert.Single(Hits("acne scars"), hit => hit.Summary.Id == "fixture-draft-series"));

        Assert.Same(first, again);
    }

    [Fact]
    public void EditedRecord_GetsItsNewCitation_NotTheOldOne()
    {
        var before = SourceNotes.Of(Assert.Single(Hits("rolling"), hit => hit.Summary.Id == "fixture-draft-series"));
        _corpus.Write("fixture-draft-series", File.ReadAllText(_corpus.PathOf("fixture-draft-series"))
            .Replace("a draft case series", "an edited case series", StringComparison.Ordinal)
            .Replace("review: { status: draft, verification: unverified, notes: \"Fixture: not checked against the publication.\" }", "review: { status: reviewed, verification: verified }", StringComparison.Ordinal));
        _library.Sync([_corpus.PathOf("fixture-draft-series")]);

        var after = SourceNotes.Of(Assert.Single(Hits("rolling"), hit => hit.Summary.Id == "fixture-draft-series"));

        Assert.Contains("a draft case series", before.Citation, StringComparison.Ordinal);
        Assert.Contains("an edited case series", after.Citation, StringComparison.Ordinal);
        Assert.NotNull(before.Caution);
        Assert.Null(after.Caution);
    }

    public void Dispose()
    {
        _library.Dispose();
        _corpus.Dispose();
    }
}
