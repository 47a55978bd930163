using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Evidence.Search.Querying;

/// <summary>
/// The first pass of free text by relevance (<see cref="TwoPassRanking.FirstPass"/>: a flat disjunction of terms in one
/// field) without scoring every match. Lucene's bulk scorer scores every posting of every term, and on a library where
/// a question's words are in most sources that was most of a search's cost; Lucene.Net 4.8 has no dynamic pruning
/// (block-max WAND came in Lucene 8). The pass's two products are made apart:
/// <list type="bullet">
/// <item>every match is counted, for the total and the facets, as the union of the terms' documents: a common term's
/// from a kept bitset (<see cref="SegmentTermBits"/>), a rarer one's from its postings, no frequencies, no scores;</item>
/// <item>the best candidates are found by MaxScore (Turtle and Flood, 1995): a term's score under BM25 is below its
/// weight × (k1 + 1) whatever its frequency, so once the k-th best score is above what the lowest-weighted terms could
/// add up to, only documents holding another term can still enter, and those terms' postings are consulted for such
/// documents alone (skipped to them) rather than walked.</item>
/// </list>
/// </summary>
/// <remarks>
/// The candidates and their scores are exactly those the bulk scorer gives through <see cref="LevelPrior"/> and a
/// top-score collector: each term is scored by the similarity's own scorer with the weight Lucene's term query
/// computes, the terms' scores are summed as Lucene's BooleanScorer sums them (in double, the last clause first, then
/// made a float), the prior is applied by <see cref="LevelPrior.Weigh"/>, and ties go to the lower document. A document
/// is passed over only when a bound on its score (a little above the true bound, for rounding) is not above the k-th
/// best; a tie with the k-th best would lose to it anyway, as the documents come in order. Tested against Lucene's own
/// first pass (<c>PrunedFirstPassTests</c>).
/// </remarks>
internal static class PrunedFirstPass
{
    // Bounds are raised by this factor so that a float's rounding cannot make one fall below a score it bounds.
    private const double Margin = 1.0001;

    /// <summary>
    /// Whether <paramref name="firstPass"/> can be searched here: a disjunction of unboosted term queries in one field,
    /// with a positive boost, scored by Lucene's own BM25 (the bound above is BM25's; another similarity's scores, or a
    /// subclass's, need not be bounded by it).
    /// </summary>
    public static bool Supports(IndexSearcher searcher, Query firstPass) =>
        searcher.Similarity?.GetType() == typeof(BM25Similarity)
        && firstPass is BooleanQuery { MinimumNumberShouldMatch: 0, Boost: > 0f } query && query.Clauses.Count > 0
        && query.Clauses.All(clause => clause.Occur == Occur.SHOULD && clause.Query is TermQuery { Boost: 1f })
        && query.Clauses.Select(clause => ((TermQuery)clause.Query).Term.Field).Distinct(StringComparer.Ordinal).Count() == 1;

    /// <summary>
    /// The best <paramref name="size"/> documents by the first pass's score with the prior (unordered) and how many
    /// documents match, counting every match's facets into <paramref name="facets"/>. Only documents that pass
    /// <paramref name="filters"/> (which add nothing to a score) match.
    /// </summary>
    public static (ScoreDoc[] Candidates, int Total) Search(IndexSearcher searcher, BooleanQuery firstPass, TermStates? states,
        IReadOnlyList<Query> filters, int size, FacetCollector? facets, bool safety)
    {
        var pass = new Pass(searcher, firstPass, states, filters);
        var best = new Best(size);
        var total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var (matched, postings) = pass.Segment(leaf);
            total += matched.Cardinality;
            facets?.Count(leaf, matched);
            if (postings.Count > 0) best.Collect(leaf, postings, pass.Clauses, safety);
        }
        return (best.Candidates(), total);
    }

    /// <summary>
    /// The best <paramref name="size"/> matches in an order by a key (the year, newest first, or the level, best first:
    /// <see cref="TwoPassRanking"/>'s key), then by the first pass's score with the prior, then by document, and how many
    /// documents match, counting facets as <see cref="Search"/> does. The keys of every match are counted first; the
    /// matches whose key comes before the last key that still fits are all candidates and need no score, and MaxScore
    /// picks the rest among the matches with that last key alone. Returned unordered, with the scores of those picked
    /// and 0 for the others (the ranking's query scores every candidate again).
    /// </summary>
    public static (ScoreDoc[] Candidates, int Total) SearchByKey(IndexSearcher searcher, BooleanQuery firstPass, TermStates? states,
        IReadOnlyList<Query> filters, int size, SortOrder order, FacetCollector? facets, bool safety)
    {
        var pass = new Pass(searcher, firstPass, states, filters);
        var leaves = searcher.IndexReader.Leaves;
        var matches = new FixedBitSet[leaves.Count];
        var total = 0;
        int boundary, above, boundaryCount;
        // Keys are shorts (a year; a level negated), counted in an array at an offset.
        var counts = System.Buffers.ArrayPool<int>.Shared.Rent(2 * KeyOffset);
        try
        {
            Array.Clear(counts, 0, 2 * KeyOffset);
            for (var i = 0; i < leaves.Count; i++)
            {
                matches[i] = pass.Segment(leaves[i], scored: false).Matched;
                total += matches[i].Cardinality;
                facets?.Count(leaves[i], matches[i]);
                var segment = SegmentFacets.For(leaves[i].AtomicReader);
                if (order == SortOrder.Year) CountKeys(matches[i], new YearKey(segment.Years), counts);
                else CountKeys(matches[i], new LevelKey(segment.Levels), counts);
            }
            // The last key that still fits, and how many matches with a key before it.
            (boundary, above) = (int.MinValue, 0);
            for (var slot = counts.Length - 1; slot >= 0; slot--)
            {
                if (counts[slot] == 0) continue;
                boundary = slot - KeyOffset;
                if (above + counts[slot] >= size) break;
                above += counts[slot];
            }
            boundaryCount = boundary == int.MinValue ? 0 : counts[boundary + KeyOffset];
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(counts);
        }
        var pickAll = above + boundaryCount <= size;
        var candidates = new List<ScoreDoc>(Math.Min(size, total));
        var best = new Best(size - above);
        for (var i = 0; i < leaves.Count; i++)
        {
            var segment = SegmentFacets.For(leaves[i].AtomicReader);
            var tied = pickAll ? null : new FixedBitSet(matches[i].Length);
            if (order == SortOrder.Year) Split(matches[i], new YearKey(segment.Years), boundary, pickAll, leaves[i].DocBase, candidates, tied);
            else Split(matches[i], new LevelKey(segment.Levels), boundary, pickAll, leaves[i].DocBase, candidates, tied);
            if (tied is not null && tied.Cardinality > 0 && pass.Segment(leaves[i], scored: true, tied).Postings is { Count: > 0 } postings)
                best.Collect(leaves[i], postings, pass.Clauses, safety);
        }
        return ([.. candidates, .. best.Candidates()], total);
    }

    // A key lies in a short's range: a year, or a level negated.
    private const int KeyOffset = 1 << 15;

    /// <summary>A sort key of a segment's documents, higher first, read from its arrays (a struct, so the loops below are compiled for each).</summary>
    private interface ISortKey
    {
        int Of(int doc);
    }

    private readonly struct YearKey(short[] years) : ISortKey
    {
        public int Of(int doc) => years[doc];
    }

    // Best (lowest) level first; a source without one (0) first, as in Lucene's sorts.
    private readonly struct LevelKey(byte[] levels) : ISortKey
    {
        public int Of(int doc) => -levels[doc];
    }

    private static void CountKeys<TKey>(FixedBitSet matched, TKey key, int[] counts) where TKey : struct, ISortKey
    {
        var words = matched.GetBits();
        for (var word = 0; word < words.Length; word++)
        {
            for (var bits = (ulong)words[word]; bits != 0; bits &= bits - 1)
                counts[key.Of((word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)) + KeyOffset]++;
        }
    }

    /// <summary>The matches whose key comes before <paramref name="boundary"/> (or is it, with <paramref name="pickAll"/>) into <paramref name="candidates"/>, those with it into <paramref name="tied"/>.</summary>
    private static void Split<TKey>(FixedBitSet matched, TKey key, int boundary, bool pickAll, int docBase, List<ScoreDoc> candidates, FixedBitSet? tied)
        where TKey : struct, ISortKey
    {
        var words = matched.GetBits();
        for (var word = 0; word < words.Length; word++)
        {
            for (var bits = (ulong)words[word]; bits != 0; bits &= bits - 1)
            {
                var doc = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                var value = key.Of(doc);
                if (value > boundary || (value == boundary && pickAll)) candidates.Add(new ScoreDoc(docBase + doc, 0f));
                else if (value == boundary) tied!.Set(doc);
            }
        }
    }

    /// <summary>As BooleanScorer adds its clauses' scores: in double, the last clause first, made a float at the end.</summary>
    private static float Sum(float[] scores)
    {
        var total = 0.0;
        for (var clause = scores.Length - 1; clause >= 0; clause--) total += scores[clause];
        return (float)total;
    }

    /// <summary>The first pass's terms with their weights (as Lucene's term queries compute them) and filters, for each segment.</summary>
    private sealed class Pass
    {
        private readonly BM25Similarity _similarity;
        private readonly Term[] _terms;
        private readonly TermContext[] _contexts;
        private readonly Similarity.SimWeight[] _weights;
        private readonly Weight? _filters;

        public Pass(IndexSearcher searcher, BooleanQuery firstPass, TermStates? states, IReadOnlyList<Query> filters)
        {
            _similarity = (BM25Similarity)searcher.Similarity;
            _terms = [.. firstPass.Clauses.Select(clause => ((TermQuery)clause.Query).Term)];
            _contexts = [.. _terms.Select(term => states?.Context(term) ?? TermContext.Build(searcher.TopReaderContext, term))];
            _weights = [.. _terms.Select((term, i) =>
            {
                // As Lucene's term query inside a boolean query: the term's own boost (1) with the disjunction's boost as the top level's.
                var weight = _similarity.ComputeWeight(firstPass.Boost, searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, _contexts[i]));
                weight.Normalize(1f, 1f);
                return weight;
            })];
            _filters = FilterQuery.All(filters) is { } all ? searcher.CreateNormalizedWeight(all) : null;
        }

        public int Clauses => _terms.Length;

        /// <summary>
        /// The segment's matches (live, passing the filters) and, when <paramref name="scored"/>, each present term's
        /// postings with frequencies: over the matches, or over <paramref name="only"/> (some of them, not counted again).
        /// </summary>
        public (FixedBitSet Matched, List<Postings> Postings) Segment(AtomicReaderContext leaf, bool scored = true, FixedBitSet? only = null)
        {
            var segment = leaf.AtomicReader;
            var accepted = only is null && _filters is not null ? FilterQuery.Matching(_filters, leaf) : null;
            var matched = new FixedBitSet(only is null ? segment.MaxDoc : 0);
            var postings = new List<Postings>(_terms.Length);
            // The terms share a field (Supports), so one enumerator seeks them all; each postings list opened from it is
            // its own (cloning the segment's input is a good part of opening one).
            var enumerator = _terms.Length == 0 ? null : segment.GetTerms(_terms[0].Field)?.GetEnumerator();
            for (var i = 0; enumerator is not null && i < _terms.Length; i++)
            {
                if (_contexts[i].Get(leaf.Ord) is not { } state) continue;
                enumerator.SeekExact(_terms[i].Bytes, state);
                var walked = only is null ? SegmentTermBits.Or(matched, segment, _terms[i].Field, enumerator) : null;
                if (!scored) continue;
                var scorer = _similarity.GetSimScorer(_weights[i], leaf);
                // BM25's term score rises with the frequency towards weight × (k1 + 1): this is that limit.
                var bound = scorer.Score(0, 1e30f) * Margin;
                postings.Add(new Postings(enumerator.Docs(only ?? accepted ?? segment.LiveDocs, walked, DocsFlags.FREQS), scorer, bound, i));
            }
            if (only is not null) return (matched, postings);
            if (accepted is not null) matched.And(accepted);
            else if (segment.LiveDocs is { } live) matched.And(SegmentTermBits.Live(live));
            return (matched, postings);
        }
    }

    private sealed class Postings(DocsEnum docs, Similarity.SimScorer scorer, double bound, int clause)
    {
        public readonly DocsEnum Docs = docs;
        public readonly Similarity.SimScorer Scorer = scorer;
        public readonly double Bound = bound;
        public readonly int Clause = clause;
        public int Doc = -1;

        public float Score() => Scorer.Score(Doc, Docs.Freq);
    }

    /// <summary>The best documents so far, kept across segments (their scores are comparable: the weights are the index's).</summary>
    private sealed class Best(int size)
    {
        // The worst kept document on top: the lowest score, then the highest document.
        private readonly PriorityQueue<int, (float Score, int Doc)> _kept = new(size + 1, Comparer<(float Score, int Doc)>.Create((a, b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));

        /// <summary>The score a document must beat to be kept: none until the list is full.</summary>
        private float Threshold => _kept.Count < size ? float.NegativeInfinity : _kept.TryPeek(out _, out var worst) ? worst.Score : float.NegativeInfinity;

        public ScoreDoc[] Candidates() => [.. _kept.UnorderedItems.Select(item => new ScoreDoc(item.Element, item.Priority.Score))];

        /// <summary>MaxScore over one segment's postings.</summary>
        public void Collect(AtomicReaderContext leaf, List<Postings> lists, int clauses, bool safety)
        {
            if (size <= 0) return;
            var segment = SegmentFacets.For(leaf.AtomicReader);
            var (highest, prunable) = PriorRange(segment, safety);
            // Lowest bound first; the lists before `essential` are those whose bounds together cannot lift a document
            // that holds none of the others above the threshold.
            lists.Sort((a, b) => a.Bound.CompareTo(b.Bound));
            var n = lists.Count;
            var upTo = new double[n];
            for (var i = 0; i < n; i++) upTo[i] = (i == 0 ? 0 : upTo[i - 1]) + lists[i].Bound;
            foreach (var list in lists) list.Doc = list.Docs.NextDoc();
            var scores = new float[clauses];
            var essential = 0;
            var threshold = Threshold;
            while (prunable && essential < n && upTo[essential] * highest <= threshold) essential++;
            while (essential < n)
            {
                var doc = DocIdSetIterator.NO_MORE_DOCS;
                for (var i = essential; i < n; i++) doc = Math.Min(doc, lists[i].Doc);
                if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
                Array.Clear(scores);
                var sum = 0.0;
                for (var i = essential; i < n; i++)
                {
                    var list = lists[i];
                    if (list.Doc != doc) continue;
                    sum += scores[list.Clause] = list.Score();
                    list.Doc = list.Docs.NextDoc();
                }
                var passedOver = false;
                for (var i = essential - 1; i >= 0; i--)
                {
                    if (Weigh(segment, doc, (sum + upTo[i]) * Margin, safety) <= threshold)
                    {
                        passedOver = true;
                        break;
                    }
                    var list = lists[i];
                    if (list.Doc < doc) list.Doc = list.Docs.Advance(doc);
                    if (list.Doc == doc) sum += scores[list.Clause] = list.Score();
                }
                if (passedOver) continue;
                var score = LevelPrior.Weigh(segment, doc, Sum(scores), safety);
                if (score <= threshold) continue;
                var docId = leaf.DocBase + doc;
                if (_kept.Count < size) _kept.Enqueue(docId, (score, docId));
                else _kept.DequeueEnqueue(docId, (score, docId));
                threshold = Threshold;
                while (prunable && essential < n && upTo[essential] * highest <= threshold) essential++;
            }
        }

        private static float Weigh(SegmentFacets segment, int doc, double score, bool safety) => LevelPrior.Weigh(segment, doc, (float)score, safety);

        /// <summary>
        /// The highest factor the prior gives a document of the segment, and whether none is negative (with a negative
        /// factor a higher text score would weigh less, and no bound on it would bound the weighed score).
        /// </summary>
        private static (float Highest, bool Prunable) PriorRange(SegmentFacets segment, bool safety)
        {
            var (highest, lowest) = (float.NegativeInfinity, float.PositiveInfinity);
            foreach (var factor in segment.PriorFactors(safety))
            {
                highest = Math.Max(highest, factor);
                lowest = Math.Min(lowest, factor);
            }
            return (highest * (float)Margin, lowest >= 0 && float.IsFinite(highest));
        }
    }
}
