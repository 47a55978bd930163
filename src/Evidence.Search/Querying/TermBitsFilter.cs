using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Evidence.Search.Querying;

/// <summary>
/// The documents holding any of some terms, as Lucene's TermsFilter finds them, but each common term's documents taken
/// from its kept bitset (<see cref="SegmentTermBits"/>) rather than walked: a safety question's topic words ("after",
/// "needling") are in most sources, and walking them cost more than the rest of the question.
/// </summary>
internal sealed class TermBitsFilter : Filter
{
    private readonly Term[] _terms;

    public TermBitsFilter(IEnumerable<Term> terms) => _terms = [.. terms.Distinct()];

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var segment = context.AtomicReader;
        var matched = new FixedBitSet(segment.MaxDoc);
        foreach (var field in _terms.GroupBy(term => term.Field, StringComparer.Ordinal))
        {
            if (segment.GetTerms(field.Key)?.GetEnumerator() is not { } enumerator) continue;
            foreach (var term in field)
            {
                if (enumerator.SeekExact(term.Bytes)) SegmentTermBits.Or(matched, segment, field.Key, enumerator);
            }
        }
        return BitsFilteredDocIdSet.Wrap(matched, acceptDocs);
    }

    public override bool Equals(object? obj) => obj is TermBitsFilter other && _terms.ToHashSet().SetEquals(other._terms);

    public override int GetHashCode() => _terms.Aggregate(0, (hash, term) => hash ^ term.GetHashCode());

    public override string ToString() => $"TermBitsFilter({string.Join<Term>(' ', _terms)})";
}
