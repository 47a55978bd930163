using Evidence.Embeddings.Model;
using Evidence.Embeddings.Ranking;
using Evidence.Embeddings.Storage;
using Evidence.Search.Ranking;

namespace Evidence.Service.Tests;

/// <summary>The re-rank itself, with vectors made by hand: the fused order, and a query embedded once for its repeated searches.</summary>
public sealed class HybridRankerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("evidence-ranker-").FullName;

    private static readonly string Near = new('a', 64);
    private static readonly string Far = new('b', 64);

    [Fact]
    public void Rerank_PutsTheVectorNearestTheQueryFirst_AtTheDefaultWeight()
    {
        using var store = Store();
        var ranker = new HybridRanker(_ => Axis(0), store, new HybridOptions());

        var reranked = ranker.Rerank("any text", [new RankedCandidate(1, 10.0f, Far), new RankedCandidate(2, 9.5f, Near)]);

        Assert.Equal([2, 1], reranked!.Select(c => c.Doc));
    }

    [Fact]
    public void Rerank_TheSameTextAgain_DoesNotEmbedItAgain()
    {
        using var store = Store();
        var embedded = new List<string>();
        var ranker = new HybridRanker(text => { embedded.Add(text); return Axis(0); }, store, new HybridOptions());
        IReadOnlyList<RankedCandidate> candidates = [new RankedCandidate(1, 2f, Near), new RankedCandidate(2, 1f, Far)];

        ranker.Rerank("vitamin c for melasma", candidates);
        ranker.Rerank("vitamin c for melasma", candidates);
        ranker.Rerank("tranexamic acid for melasma", candidates);

        Assert.Equal(["vitamin c for melasma", "tranexamic acid for melasma"], embedded);
    }

    private VectorStore Store()
    {
        var store = VectorStore.Open(_folder);
        store.Add([(Near, Axis(0)), (Far, Axis(1))]);
        return store;
    }

    /// <summary>The unit vector along one axis: two different axes have cosine 0, the same axis 1.</summary>
    private static float[] Axis(int axis)
    {
        var vector = new float[SentenceEncoder.Dimensions];
        vector[axis] = 1f;
        return vector;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
