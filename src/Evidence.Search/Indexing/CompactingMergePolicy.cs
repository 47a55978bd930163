using Lucene.Net.Index;

namespace Evidence.Search.Indexing;

/// <summary>
/// Lucene's tiered merge policy, with one rule added: segments below its floor size (<see cref="TieredMergePolicy.FloorSegmentMB"/>,
/// a few hundred typical sources) are merged into one as soon as there are two of them. The tiered policy allows about ten
/// segments a tier and counts every tier's allowance from the index's total size, so after a bulk load merged into one
/// segment the edits that followed stayed as single-source segments, twenty at 100k sources. Every search pays for each
/// segment (its terms looked up, a scorer and its bucket table built, its facets flushed): the twenty cost a free-text
/// search about a quarter of its time (bench/README.md, "Small segments"). Merging them rewrites at most the floor's
/// size, milliseconds, in the background; the merged segment is searched from the next commit on.
/// </summary>
internal sealed class CompactingMergePolicy : TieredMergePolicy
{
    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos infos)
    {
        if (base.FindMerges(mergeTrigger, infos) is { } tiered) return tiered;
        var merging = m_writer.Get().MergingSegments;
        var floor = (long)(FloorSegmentMB * 1024 * 1024);
        var small = infos.Segments.Where(segment => !merging.Contains(segment) && Size(segment) < floor).ToList();
        if (small.Count < 2) return null;
        var merges = new MergeSpecification();
        merges.Add(new OneMerge(small));
        return merges;
    }
}
