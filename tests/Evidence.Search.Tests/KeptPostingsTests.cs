using Evidence.Search.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Evidence.Search.Tests;

/// <summary>
/// Postings kept decoded in memory (<see cref="KeptPostings"/>) read exactly as the index's own: the same documents and
/// frequencies stepping and jumping through them with deletions applied, the same search results through a reader that
/// serves them, and nothing kept past the budget. On an on-disk index of three segments with deletions, words from every
/// document down to a few, frequencies past a byte.
/// </summary>
public sealed class KeptPostingsTests : IDisposable
{
    private static readonly (string Word, double Share)[] Words = [("all", 1.0), ("most", 0.8), ("half", 0.5), ("some", 0.15), ("few", 0.03), ("often", 0.3)];

    private static readonly KeptPostingsPolicy KeepAll = new(CommonShare: int.MaxValue, MinimumDocs: 1, Budget: long.MaxValue);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"kept-postings-{Guid.NewGuid():N}");
    private readonly FSDirectory _directory;

    public KeptPostingsTests()
    {
        _directory = FSDirectory.Open(_folder);
        var random = new Random(5);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(_directory, config);
        for (var i = 0; i < 1_500; i++)
        {
            var words = new List<string>();
            foreach (var (word, share) in Words)
            {
                if (random.NextDouble() < share) words.AddRange(Enumerable.Repeat(word, 1 + random.Next(random.Next(3) == 0 ? 12 : 2)));
            }
            // A frequency that does not fit a byte, in a few documents.
            if (i % 97 == 0) words.AddRange(Enumerable.Repeat("often", 300));
            words.AddRange(Enumerable.Repeat("filler", random.Next(30)));
            writer.AddDocument(new Document
            {
                new StringField("id", $"d{i}", Field.Store.NO),
                new TextField("text", string.Join(' ', words.OrderBy(_ => random.Next())), Field.Store.NO),
            });
            if (i % 500 == 499)
            {
                writer.Commit();
                for (var d = i - 499; d <= i; d += 5) writer.DeleteDocuments(new Term("id", $"d{d}"));
            }
        }
        writer.Commit();
    }

    public void Dispose()
    {
        _directory.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void KeptPostings_StepAndJumpAsTheIndexsOwn()
    {
        using var plain = DirectoryReader.Open(_directory);
        // The same segments, served by the wrapper (which closes what it wraps, hence the extra reference).
        plain.IncRef();
        using var kept = new KeptPostingsReader(plain, KeepAll);
        var random = new Random(11);
        var checkedTerms = 0;
        for (var s = 0; s < plain.Leaves.Count; s++)
        {
            var (own, served) = (plain.Leaves[s].AtomicReader, kept.Leaves[s].AtomicReader);
            Assert.NotNull(own.LiveDocs);
            Assert.Same(own.CoreCacheKey, served.CoreCacheKey);
            var terms = own.GetTerms("text").GetEnumerator();
            var keptTerms = served.GetTerms("text").GetEnumerator();
            while (terms.MoveNext())
            {
                var term = BytesRef.DeepCopyOf(terms.Term);
                Assert.True(keptTerms.SeekExact(term));
                foreach (var live in new[] { own.LiveDocs, null })
                {
                    var expected = terms.Docs(live, null, DocsFlags.FREQS);
                    var actual = keptTerms.Docs(live, null, DocsFlags.FREQS);
                    Assert.IsType<KeptDocsEnum>(actual);
                    // Steps and jumps in a random mix, near and far, the same calls to both.
                    while (true)
                    {
                        int want, got;
                        if (random.Next(3) == 0)
                            (want, got) = (expected.NextDoc(), actual.NextDoc());
                        else
                        {
                            var target = expected.DocID + 1 + random.Next(random.Next(2) == 0 ? 4 : 400);
                            (want, got) = (expected.Advance(target), actual.Advance(target));
                        }
                        Assert.Equal(want, got);
                        if (want == DocIdSetIterator.NO_MORE_DOCS) break;
                        Assert.Equal(expected.Freq, actual.Freq);
                    }
                }
                Assert.True(KeptPostings.IsKept(own, "text", term));
                checkedTerms++;
            }
        }
        Assert.True(checkedTerms >= 3 * 6, $"{checkedTerms} terms");
    }

    public static TheoryData<string> Questions => ["all most", "half few", "often some half", "few", "most often all half some few"];

    [Theory]
    [MemberData(nameof(Questions))]
    public void Searches_FindAndScoreTheSameThroughKeptPostings(string question)
    {
        using var plain = DirectoryReader.Open(_directory);
        using var kept = new KeptPostingsReader(DirectoryReader.Open(_directory), KeepAll);
        using var overBudget = new KeptPostingsReader(DirectoryReader.Open(_directory), KeepAll with { Budget = 0 });
        var words = question.Split(' ');
        var flat = new BooleanQuery(disableCoord: true);
        foreach (var word in words) flat.Add(new TermQuery(new Term("text", word)), Occur.SHOULD);
        var nested = new BooleanQuery(disableCoord: true) { { new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term("text", words[0])), flat }, Occur.SHOULD } };
        if (words.Length > 1)
        {
            var phrase = new PhraseQuery { Slop = 3, Boost = 0.5f };
            phrase.Add(new Term("text", words[0]));
            phrase.Add(new Term("text", words[1]));
            nested.Add(phrase, Occur.SHOULD);
        }
        foreach (var query in new Query[] { flat, nested })
        {
            var expected = Search(plain, query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Search(kept, query));
            Assert.Equal(expected, Search(overBudget, query));
        }
        foreach (var leaf in overBudget.Leaves)
        {
            foreach (var word in words) Assert.False(KeptPostings.IsKept(FilterAtomicReader.Unwrap(leaf.AtomicReader), "text", new BytesRef(word)));
        }
    }

    [Fact]
    public void OnlyCommonTermsAreKept_AndNothingPastTheBudget()
    {
        using var reader = new KeptPostingsReader(DirectoryReader.Open(_directory), new KeptPostingsPolicy(CommonShare: 10, MinimumDocs: 20, Budget: long.MaxValue));
        using var none = new KeptPostingsReader(DirectoryReader.Open(_directory), KeepAll with { Budget = 0 });
        foreach (var (current, common) in new[] { (reader, true), (none, false) })
        {
            foreach (var leaf in current.Leaves)
            {
                var terms = leaf.AtomicReader.GetTerms("text").GetEnumerator();
                while (terms.MoveNext())
                {
                    var term = BytesRef.DeepCopyOf(terms.Term);
                    var expectKept = common && terms.DocFreq >= 20 && terms.DocFreq >= leaf.AtomicReader.MaxDoc / 10;
                    var docs = terms.Docs(null, null, DocsFlags.FREQS);
                    // Past the budget a term is read for the call that asked and then served from the index.
                    if (!common) docs = terms.Docs(null, null, DocsFlags.FREQS);
                    Assert.Equal(expectKept, docs is KeptDocsEnum);
                    Assert.Equal(expectKept, KeptPostings.IsKept(FilterAtomicReader.Unwrap(leaf.AtomicReader), "text", term));
                }
            }
        }
    }

    private static List<(int Doc, float Score)> Search(IndexReader reader, Query query)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        return [.. searcher.Search(query, 50).ScoreDocs.Select(hit => (hit.Doc, hit.Score))];
    }
}
