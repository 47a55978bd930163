using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// A gentle evidence-quality prior on relevance: the text score is multiplied by 1.5 − 0.1 × level, so a
/// level 1 source gets × 1.4 and a level 5 source × 1.0. Between two sources that match about equally well,
/// the one with the stronger design comes first; a clearly better text match still wins.
/// </summary>
/// <remarks>
/// Applied as the scores reach the collectors rather than as a function query (BoostedQuery) around the text
/// query: a function query makes Lucene score documents in order, one clause at a time, where a plain
/// disjunction is scored in bulk windows (BooleanScorer), which at 100k sources was several times faster.
/// The level comes from the segment's <see cref="SegmentFacets"/> arrays.
/// </remarks>
public static class LevelPrior
{
    public const float Intercept = 1.5f;
    public const float Slope = -0.1f;

    public static float Factor(int level) => Slope * level + Intercept;

    /// <summary>A text score of one document of a segment with the prior (and for a safety question its harm-data tier) applied.</summary>
    internal static float Weigh(SegmentFacets segment, int doc, float score, bool safety) =>
        score * Factor(segment.Levels[doc]) * (safety ? SafetyIntent.Factor(segment.HarmTiers[doc], segment.HarmEntries[doc]) : 1f);

    /// <summary>
    /// The collector that gives <paramref name="inner"/> prior-weighted scores; for a safety question
    /// (<see cref="SafetyIntent"/>) also by each source's harm-data tier.
    /// </summary>
    public static ICollector Wrap(ICollector inner, bool safety = false) => new PriorCollector(inner, safety);

    private sealed class PriorCollector(ICollector inner, bool safety) : ICollector
    {
        private SegmentFacets? _segment;

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetNextReader(AtomicReaderContext context)
        {
            _segment = SegmentFacets.For(context.AtomicReader);
            inner.SetNextReader(context);
        }

        public void SetScorer(Scorer scorer) => inner.SetScorer(new PriorScorer(scorer, this));

        public void Collect(int doc) => inner.Collect(doc);

        public float Weigh(int doc, float score) => LevelPrior.Weigh(_segment!, doc, score, safety);
    }

    // No weight: the bulk scorer hands collectors a stand-in scorer that has none.
    private sealed class PriorScorer(Scorer scorer, PriorCollector collector) : Scorer(null!)
    {
        public override int DocID => scorer.DocID;

        public override int Freq => scorer.Freq;

        public override float GetScore() => collector.Weigh(scorer.DocID, scorer.GetScore());

        public override int NextDoc() => scorer.NextDoc();

        public override int Advance(int target) => scorer.Advance(target);

        public override long GetCost() => scorer.GetCost();
    }
}
