using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>Collects the ids of every matching document, up to a limit, without scoring or a priority queue.</summary>
internal sealed class DocIdCollector(int limit) : ICollector
{
    private int _docBase;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        if (Docs.Count < limit) Docs.Add(_docBase + doc);
    }
}
