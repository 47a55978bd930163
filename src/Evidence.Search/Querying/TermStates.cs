using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// Where each term of a question is in each segment, looked up once for a search: both passes of a free-text search
/// (<see cref="TwoPassRanking"/>) share these, where each term query would otherwise look itself up in every segment when
/// its weight is made (<see cref="TermContext.Build"/>), and again for the second pass. Each segment's field is walked
/// with one terms enumerator, in term order, instead of one enumerator (a clone of the segment's input) a term.
/// </summary>
public sealed class TermStates
{
    private readonly Dictionary<Term, TermContext> _contexts = [];

    private TermStates()
    {
    }

    /// <summary>The states of <paramref name="words"/> in each of <paramref name="fields"/>, over the searcher's reader.</summary>
    public static TermStates Of(IndexSearcher searcher, IEnumerable<string> fields, IEnumerable<string> words)
    {
        var states = new TermStates();
        var top = searcher.TopReaderContext;
        var wordList = words.Distinct(StringComparer.Ordinal).Select(w => new Lucene.Net.Util.BytesRef(w)).Order().ToList();
        foreach (var field in fields.Distinct(StringComparer.Ordinal))
        {
            var terms = wordList.Select(bytes => new Term(field, bytes)).ToList();
            foreach (var term in terms) states._contexts[term] = new TermContext(top);
            foreach (var leaf in top.Leaves)
            {
                if (leaf.AtomicReader.GetTerms(field) is not { } segmentTerms) continue;
                var enumerator = segmentTerms.GetEnumerator();
                foreach (var term in terms)
                {
                    if (enumerator.SeekExact(term.Bytes))
                        states._contexts[term].Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                }
            }
        }
        return states;
    }

    /// <summary>Where <paramref name="term"/> is in each segment, or null if it was not looked up.</summary>
    public TermContext? Context(Term term) => _contexts.GetValueOrDefault(term);

    /// <summary>A term query that uses the looked-up states; a plain one for a term not looked up.</summary>
    public TermQuery Query(Term term) => _contexts.TryGetValue(term, out var context) ? new TermQuery(term, context) : new TermQuery(term);
}
