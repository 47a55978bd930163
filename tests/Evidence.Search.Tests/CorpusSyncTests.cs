using Evidence.Corpus.Loading;
using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

public sealed class CorpusSyncTests : IndexTestBase
{
    private EvidenceSearcher Searcher => new(Index);

    [Fact]
    public void FirstPass_IndexesEveryValidFile()
    {
        Assert.Equal(4, FirstPass.Added);
        Assert.Equal(4, Index.DocumentCount);
        Assert.Empty(FirstPass.FileErrors);
    }

    [Fact]
    public void Restart_WithUnchangedCorpus_ReindexesNothing()
    {
        Reopen();
        var report = Library.Sync();

        Assert.Equal(0, report.Added + report.Updated + report.Deleted);
        Assert.Equal(4, report.Unchanged);
        Assert.False(Index.NeedsFullReindex);
    }

    [Fact]
    public void SynthesisRecords_AreKeptBetweenReads_AndAnEditIsReadAfresh()
    {
        var before = SynthesisRecords().ToDictionary(r => r.Id);
        Assert.Same(before["fixture-striae-series"], SynthesisRecords().Single(r => r.Id == "fixture-striae-series"));

        Corpus.Write("fixture-acne-rct", Corpus_Source("Fixture: an edited title"));
        Library.Sync([Corpus.PathOf("fixture-acne-rct")]);
        var after = SynthesisRecords().ToDictionary(r => r.Id);

        Assert.Equal("Fixture: an edited title", after["fixture-acne-rct"].Title);
        Assert.Equal(4, after.Count);
    }

    [Fact]
    public void Edit_ReplacesTheIndexedVersion()
    {
        Corpus.Write("fixture-acne-rct", Corpus_Source("Fixture: an edited title"));
        var report = Library.Sync([Corpus.PathOf("fixture-acne-rct")]);

        Assert.Equal(1, report.Updated);
        Assert.Equal("Fixture: an edited title", Searcher.Find("fixture-acne-rct")!.Title);
        Assert.Equal(4, Index.DocumentCount);
    }

    [Fact]
    public void MalformedEdit_KeepsTheLastGoodVersion_AndReportsLineAndColumn()
    {
        File.WriteAllText(Corpus.PathOf("fixture-acne-rct"), Corpus_Source("Fixture: broken").Replace("design: randomised-controlled-trial", "design: randomised-trial"));
        var report = Library.Sync([Corpus.PathOf("fixture-acne-rct")]);

        var error = Assert.Single(report.FileErrors["sources/fixture-acne-rct.yaml"]);
        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Equal(9, error.Line);
        Assert.Equal(9, error.Column);
        Assert.Equal("Fixture: microneedling for atrophic acne scars, a randomised trial", Searcher.Find("fixture-acne-rct")!.Title);
    }

    [Fact]
    public void Delete_RemovesTheSource()
    {
        Corpus.Delete("fixture-striae-series");
        var report = Library.Sync([Corpus.PathOf("fixture-striae-series")]);

        Assert.Equal(1, report.Deleted);
        Assert.Null(Searcher.Find("fixture-striae-series"));
    }

    [Fact]
    public void DuplicateId_InAnotherFolder_IsRefused()
    {
        var other = Path.Combine(Corpus.CorpusPath, "more");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "fixture-acne-rct.yaml"), Corpus_Source("Fixture: a copy"));

        var report = Library.Sync();

        Assert.Equal(ErrorCodes.DuplicateId, Assert.Single(report.FileErrors["more/fixture-acne-rct.yaml"]).Code);
        Assert.Equal("Fixture: microneedling for atrophic acne scars, a randomised trial", Searcher.Find("fixture-acne-rct")!.Title);
    }

    [Fact]
    public void DuplicateId_SavedIncrementally_IsRefused()
    {
        var other = Path.Combine(Corpus.CorpusPath, "more");
        Directory.CreateDirectory(other);
        var copy = Path.Combine(other, "fixture-acne-rct.yaml");
        File.WriteAllText(copy, Corpus_Source("Fixture: a copy"));

        var report = Library.Sync([copy]);

        Assert.Equal(ErrorCodes.DuplicateId, Assert.Single(report.FileErrors["more/fixture-acne-rct.yaml"]).Code);
        Assert.Equal("Fixture: microneedling for atrophic acne scars, a randomised trial", Searcher.Find("fixture-acne-rct")!.Title);
    }

    [Fact]
    public void FindChanges_NamesWhatAFullPassWouldTouch_AndAPassOverThemLeavesNothingForOne()
    {
        Corpus.Write("fixture-acne-rct", Corpus_Source("Fixture: an edited title"));
        Corpus.Delete("fixture-striae-series");
        Corpus.Write("fixture-extra", TestCorpus.Source("fixture-extra", "Fixture: added", 2021, "case-series",
            ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], []));
        File.WriteAllText(Corpus.PathOf("fixture-broken"), "id: fixture-broken\ntitle: [unclosed\n");

        var found = Library.FindChanges()!;

        string[] expected = ["fixture-acne-rct", "fixture-broken", "fixture-extra", "fixture-striae-series"];
        Assert.Equal(expected.Select(Corpus.PathOf), found.Order(StringComparer.Ordinal));
        var applied = Library.Sync(found);
        Assert.Equal((1, 1, 1), (applied.Added, applied.Updated, applied.Deleted));
        Assert.Single(applied.FileErrors);
        // A file with errors is looked at again every time, as the full pass does; nothing else is left.
        Assert.Equal([Corpus.PathOf("fixture-broken")], Library.FindChanges()!);
        var full = Library.Sync();
        Assert.Equal(0, full.Added + full.Updated + full.Deleted);
    }

    [Fact]
    public void FindChanges_KnowsAnUnchangedFile_WhateverCharactersItsPathHas()
    {
        // The re-scan matches files with the index by a hash of the path's bytes, never decoding the index's paths.
        var folder = Path.Combine(Corpus.CorpusPath, "sources", "études-straße-研究");
        Directory.CreateDirectory(folder);
        var named = Path.Combine(folder, "fixture-named.yaml");
        File.WriteAllText(named, TestCorpus.Source("fixture-named", "Fixture: a name beyond ASCII", 2021, "case-series",
            ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], []));
        Assert.Equal(1, Library.Sync([named]).Added);

        Assert.Empty(Library.FindChanges()!);
        File.Delete(named);
        Assert.Equal([named], Library.FindChanges()!);
    }

    [Fact]
    public void HalfTheLibrary_DeletedInSeveralBatches_WaitsForConfirmation_LikeOneBatch()
    {
        // A folder removed file by file reaches the worker as a run of small batches (rm -rf may take
        // vocabulary.yaml last); together they are half the library vanishing.
        Library.Dispose();
        using var library = new EvidenceLibrary(Corpus.CorpusPath, Corpus.IndexPath) { ConfirmMassDeletions = true };
        library.Open();
        Corpus.Delete("fixture-striae-series");
        Assert.Equal(1, library.Sync([Corpus.PathOf("fixture-striae-series")]).Deleted);
        Corpus.Delete("fixture-acne-rct");

        Assert.Throws<IOException>(() => library.Sync([Corpus.PathOf("fixture-acne-rct")]));
        Assert.NotNull(library.Find("fixture-acne-rct"));
    }

    [Fact]
    public void BrokenVocabulary_AtRestart_KeepsTheIndexSearchable()
    {
        File.WriteAllText(Path.Combine(Corpus.CorpusPath, "vocabulary.yaml"), "concepts: [ {");
        Reopen();
        var report = Library.Sync();

        Assert.NotEmpty(report.VocabularyErrors);
        Assert.Equal(4, Index.DocumentCount);
        Assert.Equal(2, Searcher.Search(new EvidenceQuery { Text = "acne scars" }).Hits.Count(h => h.Summary.Conditions.Contains("acne-scars")));
    }

    [Fact]
    public void ChangedVocabulary_ReindexesEverything()
    {
        File.AppendAllText(Path.Combine(Corpus.CorpusPath, "vocabulary.yaml"), "\n  - { id: melasma, kinds: [condition], label: Melasma, synonyms: [], lay: [dark patches] }\n");
        var report = Library.Sync([Path.Combine(Corpus.CorpusPath, "vocabulary.yaml")]);

        Assert.Equal(4, report.Added);
        Assert.NotNull(Index.Vocabulary.Find("melasma"));
    }

    [Fact]
    public void MergeIntoOne_FoldsTheSegmentsOfSeveralCommits_AndKeepsEverySource()
    {
        // Each incremental pass commits a segment of its own, as a bulk load leaves several; a rebuild from scratch
        // merges what it wrote into one before its commit (CorpusSync.SyncAll).
        AddOneByOne(3);
        var before = Searcher.Search(new EvidenceQuery { Text = "acne scars microneedling" }).Hits.Select(h => h.Summary.Id).ToList();
        Assert.True(Segments() >= 2);

        Index.MergeIntoOne();
        Index.Commit();

        Assert.Equal(1, Segments());
        Assert.Equal(7, Index.DocumentCount);
        Assert.Equal(before, Searcher.Search(new EvidenceQuery { Text = "acne scars microneedling" }).Hits.Select(h => h.Summary.Id).ToList());
    }

    [Fact]
    public void TheSegmentsOfEdits_AreMergedInTheBackground_AndShowAtALaterCommit()
    {
        AddOneByOne(8);

        // Each merge runs after the commit that triggered it; a later commit holds its result (CompactingMergePolicy).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Segments() > 2 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(50);
            Index.Commit();
        }
        Assert.InRange(Segments(), 1, 2);
        Assert.Equal(12, Index.DocumentCount);
    }

    /// <summary>Adds <paramref name="count"/> sources, each by an incremental pass (a commit) of its own.</summary>
    private void AddOneByOne(int count)
    {
        for (var n = 0; n < count; n++)
        {
            var id = $"fixture-extra-{n}";
            Corpus.Write(id, TestCorpus.Source(id, $"Fixture: extra source {n}", 2010 + n, "case-series",
                ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], []));
            Library.Sync([Corpus.PathOf(id)]);
        }
    }

    private int Segments()
    {
        using var lease = Index.Acquire();
        return lease.Searcher.IndexReader.Leaves.Count;
    }

    private static string Corpus_Source(string title) => TestCorpus.Source("fixture-acne-rct", title, 2020, "randomised-controlled-trial",
        ["acne-scars"], ["microneedling"], [("acne-scars", "scar-appearance", "improved", "Better.")], []);
}
