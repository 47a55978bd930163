using Evidence.Search.Indexing;
using Evidence.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Evidence.Search.Tests;

/// <summary>
/// The pruned first pass (MaxScore, matches counted from bitsets) finds exactly what Lucene's bulk scorer finds through
/// the prior and a top-score collector: the same candidates with the same scores, the same total, the same facets. On an
/// index of several segments with deletions, terms from nearly every document down to a few, varied frequencies and
/// lengths, levels, harm tiers and a filter.
/// </summary>
public sealed class PrunedFirstPassTests : IDisposable
{
    // Each word's share of the documents: common words (kept as bitsets) down to rare ones (walked).
    private static readonly (string Word, double Share)[] Words =
    [
        ("all", 1.0), ("everywhere", 0.97), ("most", 0.7), ("half", 0.5), ("third", 0.33), ("often", 0.2), ("some", 0.1), ("few", 0.04), ("rare", 0.01),
        // Also a value of the group field below, in other documents: a common term is kept per field.
        ("b", 0.5),
    ];

    private static readonly string[] Conditions = ["acne-scars", "melasma", "alopecia"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"pruned-first-pass-{Guid.NewGuid():N}");
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    // The same segments with every term's postings kept decoded (KeptPostings), as the service reads them.
    private readonly KeptPostingsReader _keptReader;
    private readonly IndexSearcher _kept;

    public PrunedFirstPassTests()
    {
        _directory = FSDirectory.Open(_folder);
        var random = new Random(17);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
            Similarity = new BM25Similarity(),
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < 1_200; i++)
            {
                var words = new List<string>();
                foreach (var (word, share) in Words)
                {
                    if (random.NextDouble() < share) words.AddRange(Enumerable.Repeat(word, 1 + random.Next(random.Next(2) == 0 ? 2 : 9)));
                }
                words.AddRange(Enumerable.Repeat("filler", random.Next(40)));
                var tier = random.Next(6) switch { 0 => HarmData.HarmsOnly, 1 => HarmData.Some, _ => HarmData.None };
                writer.AddDocument(new Document
                {
                    new StringField("id", $"d{i}", Field.Store.NO),
                    new StringField("group", random.Next(3) == 0 ? "a" : "b", Field.Store.NO),
                    new TextField(IndexFields.Text, string.Join(' ', words.OrderBy(_ => random.Next())), Field.Store.NO),
                    new NumericDocValuesField(IndexFields.Level, 1 + random.Next(5)),
                    new NumericDocValuesField(IndexFields.Year, 2000 + random.Next(20)),
                    new NumericDocValuesField(IndexFields.HarmData, tier | (long)random.Next(4) << 2),
                    new SortedSetDocValuesField(IndexFields.Condition, new BytesRef(Conditions[random.Next(Conditions.Length)])),
                });
                // Several segments, each with a share of deleted documents.
                if (i % 250 == 249)
                {
                    writer.Commit();
                    for (var d = i - 249; d <= i; d += 7) writer.DeleteDocuments(new Term("id", $"d{d}"));
                }
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _reader.IncRef();
        _keptReader = new KeptPostingsReader(_reader, new KeptPostingsPolicy(CommonShare: int.MaxValue, MinimumDocs: 1, Budget: long.MaxValue));
        _kept = new IndexSearcher(_keptReader) { Similarity = new BM25Similarity() };
    }

    public void Dispose()
    {
        _keptReader.Dispose();
        _reader.Dispose();
        _directory.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string, float> Questions => new()
    {
        { "everywhere most half", 1f },
        { "rare everywhere", 1f },
        { "few some often third half most everywhere", 0.8f },
        { "everywhere", 1f },
        { "rare", 1f },
        { "half third few", 1.3f },
        { "most rare absent", 1f },
        // A word in every document scores next to nothing: how the scores are added decides ties.
        { "all half", 1f },
        { "all some rare", 1f },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void FindsTheBulkScorersCandidates_ScoresTotalAndFacets(string question, float boost)
    {
        var query = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var word in question.Split(' ')) query.Add(new TermQuery(new Term(IndexFields.Text, word)), Occur.SHOULD);
        var group = new ConstantScoreQuery(new TermQuery(new Term("group", "a"))) { Boost = 0f };
        Assert.True(PrunedFirstPass.Supports(_searcher, query));

        foreach (var size in new[] { 1, 7, 50, 5_000 })
        foreach (var safety in new[] { false, true })
        foreach (var filters in new[] { Array.Empty<Query>(), [group] })
        {
            var top = TopScoreDocCollector.Create(size, false);
            var expectedFacets = new FacetCollector();
            AcceptedSearch.Search(_searcher, query, filters, LevelPrior.Wrap(MultiCollector.Wrap(top, expectedFacets), safety));
            var expected = top.GetTopDocs();

            foreach (var searcher in new[] { _searcher, _kept })
            {
                var facets = new FacetCollector();
                var (candidates, total) = PrunedFirstPass.Search(searcher, query, null, filters, size, facets, safety);

                var context = $"{question}, {size} candidates, safety {safety}, {filters.Length} filters";
                Assert.True(expected.TotalHits > 0, context);
                Assert.Equal(expected.TotalHits, total);
                Assert.Equal(Describe(expected.ScoreDocs), Describe(candidates));
                var (want, got) = (expectedFacets.Result(), facets.Result());
                Assert.Equal(want.Condition, got.Condition);
                Assert.Equal(want.Level, got.Level);
                Assert.Equal(want.Year, got.Year);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void ByAKey_KeepsTheMatchesTheKeyThenTheBulkScorersScorePutFirst(string question, float boost)
    {
        var query = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var word in question.Split(' ')) query.Add(new TermQuery(new Term(IndexFields.Text, word)), Occur.SHOULD);
        var group = new ConstantScoreQuery(new TermQuery(new Term("group", "a"))) { Boost = 0f };
        var leaves = _searcher.IndexReader.Leaves;
        int Key(SortOrder order, int doc)
        {
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            var segment = SegmentFacets.For(leaf.AtomicReader);
            return order == SortOrder.Year ? segment.Years[doc - leaf.DocBase] : -segment.Levels[doc - leaf.DocBase];
        }

        foreach (var order in new[] { SortOrder.Year, SortOrder.Level })
        foreach (var size in new[] { 1, 7, 50, 5_000 })
        foreach (var safety in new[] { false, true })
        foreach (var filters in new[] { Array.Empty<Query>(), [group] })
        {
            // Every match scored by the bulk scorer, then ordered by the key, the score, the document.
            var every = new Recorder();
            var expectedFacets = new FacetCollector();
            AcceptedSearch.Search(_searcher, query, filters, LevelPrior.Wrap(MultiCollector.Wrap(every, expectedFacets), safety));
            var expected = every.Scores.OrderByDescending(s => Key(order, s.Key)).ThenByDescending(s => s.Value).ThenBy(s => s.Key).Take(size).Select(s => s.Key);

            foreach (var searcher in new[] { _searcher, _kept })
            {
                var facets = new FacetCollector();
                var (candidates, total) = PrunedFirstPass.SearchByKey(searcher, query, null, filters, size, order, facets, safety);

                Assert.Equal(every.Scores.Count, total);
                Assert.Equal(expected.Order(), candidates.Select(c => c.Doc).Order());
                Assert.Equal(expectedFacets.Result().Year, facets.Result().Year);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Facets_CountEachMatchsValues_WhicheverWayTheSegmentIsCounted(string question, float boost)
    {
        // Broad questions are counted value by value (bitsets), narrow ones match by match: both against a count by hand.
        var query = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var word in question.Split(' ')) query.Add(new TermQuery(new Term(IndexFields.Text, word)), Occur.SHOULD);
        var every = new Recorder();
        var facets = new FacetCollector();
        _searcher.Search(query, MultiCollector.Wrap(every, facets));

        var leaves = _searcher.IndexReader.Leaves;
        var conditions = new Dictionary<string, int>();
        var levels = new Dictionary<int, int>();
        var years = new Dictionary<int, int>();
        foreach (var doc in every.Scores.Keys)
        {
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            var (segment, local) = (SegmentFacets.For(leaf.AtomicReader), doc - leaf.DocBase);
            for (var i = segment.Starts[local]; i < segment.Starts[local + 1]; i++)
            {
                var label = segment.Labels[segment.Ordinals[i]];
                conditions[label] = conditions.GetValueOrDefault(label) + 1;
            }
            levels[segment.Levels[local]] = levels.GetValueOrDefault(segment.Levels[local]) + 1;
            years[segment.Years[local]] = years.GetValueOrDefault(segment.Years[local]) + 1;
        }
        var counted = facets.Result();

        Assert.Equal(conditions.OrderBy(c => c.Key), counted.Condition.OrderBy(c => c.Key));
        Assert.Equal(levels.OrderBy(c => c.Key), counted.Level.OrderBy(c => c.Key));
        Assert.Equal(years.OrderBy(c => c.Key), counted.Year.OrderBy(c => c.Key));
    }

    [Theory]
    [InlineData("after")]
    [InlineData("all rare")]
    [InlineData("half few absent")]
    [InlineData("most often some")]
    public void TermBitsFilter_MatchesWhatLucenesTermsFilterMatches(string words)
    {
        // Common words (kept bitsets) and rare ones (walked), in two fields, over segments with deletions.
        var terms = words.Split(' ').Select(word => new Term(IndexFields.Text, word)).Append(new Term("group", "a")).ToList();
        foreach (var searcher in new[] { _searcher, _kept })
        {
            var expected = searcher.Search(new ConstantScoreQuery(new Lucene.Net.Queries.TermsFilter(terms)), _reader.MaxDoc).ScoreDocs.Select(hit => hit.Doc).Order();
            var actual = searcher.Search(new ConstantScoreQuery(new TermBitsFilter(terms)), _reader.MaxDoc).ScoreDocs.Select(hit => hit.Doc).Order();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Every document collected, with its score.</summary>
    private sealed class Recorder : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public Dictionary<int, float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => Scores[_docBase + doc] = _scorer!.GetScore();
    }

    [Fact]
    public void KeptBitsets_AreTheTermsDocuments_PerField()
    {
        foreach (var leaf in _reader.Leaves)
        {
            foreach (var field in new[] { "group", IndexFields.Text, "group" })
            {
                var enumerator = leaf.AtomicReader.GetTerms(field).GetEnumerator();
                Assert.True(enumerator.SeekExact(new BytesRef("b")));
                var walked = new FixedBitSet(leaf.AtomicReader.MaxDoc);
                var docs = enumerator.Docs(null, null, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) walked.Set(doc);
                Assert.True(enumerator.DocFreq >= leaf.AtomicReader.MaxDoc / SegmentTermBits.CommonShare, "the term should be common, so kept");

                var matched = new FixedBitSet(leaf.AtomicReader.MaxDoc);
                SegmentTermBits.Or(matched, leaf.AtomicReader, field, enumerator);

                Assert.True(walked.Equals(matched), $"{field}:b in segment {leaf.Ord}");
            }
        }
    }

    [Fact]
    public void SupportsOnlyAFlatDisjunctionOfTermsInOneField_ScoredByBm25()
    {
        var flat = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(IndexFields.Text, "most")), Occur.SHOULD } };
        var twoFields = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(IndexFields.Text, "most")), Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.Title, "most")), Occur.SHOULD },
        };
        var required = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(IndexFields.Text, "most")), Occur.MUST } };
        var boostedTerm = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(IndexFields.Text, "most")) { Boost = 2f }, Occur.SHOULD } };

        Assert.True(PrunedFirstPass.Supports(_searcher, flat));
        Assert.False(PrunedFirstPass.Supports(_searcher, twoFields));
        Assert.False(PrunedFirstPass.Supports(_searcher, required));
        Assert.False(PrunedFirstPass.Supports(_searcher, boostedTerm));
        Assert.False(PrunedFirstPass.Supports(new IndexSearcher(_reader) { Similarity = new DefaultSimilarity() }, flat));
        var negative = new BooleanQuery(disableCoord: true) { Boost = -1f };
        negative.Add(new TermQuery(new Term(IndexFields.Text, "most")), Occur.SHOULD);
        Assert.False(PrunedFirstPass.Supports(_searcher, negative));
    }

    // Best first, ties by document, each score to the bit.
    private static List<string> Describe(IEnumerable<ScoreDoc> hits) =>
        [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Select(h => $"{h.Doc}:{BitConverter.SingleToInt32Bits(h.Score)}")];
}
