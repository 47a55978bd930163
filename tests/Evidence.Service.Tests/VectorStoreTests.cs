using Evidence.Embeddings.Model;
using Evidence.Embeddings.Storage;

namespace Evidence.Service.Tests;

/// <summary>The vector file beside the index: kept across opens, a crash's torn record dropped, another model's vectors not reused.</summary>
public sealed class VectorStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("evidence-vectors-").FullName;

    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    [Fact]
    public void Vectors_SurviveReopening_AndATornLastRecordIsDropped()
    {
        using (var store = VectorStore.Open(_folder))
        {
            store.Add([(HashA, Vector(1f)), (HashB, Vector(2f))]);
        }
        var file = Path.Combine(_folder, VectorStore.FolderName, "vectors.bin");
        using (var stream = new FileStream(file, FileMode.Open))
        {
            stream.SetLength(stream.Length - 100);
        }

        using var reopened = VectorStore.Open(_folder);

        Assert.Equal(1, reopened.Count);
        Assert.Equal(Vector(1f), reopened.Find(HashA));
        Assert.Null(reopened.Find(HashB));
    }

    [Fact]
    public void AnotherModelsVectors_AreNotReused()
    {
        using (var store = VectorStore.Open(_folder, modelId: "another-model"))
        {
            store.Add([(HashA, Vector(1f))]);
        }

        using var reopened = VectorStore.Open(_folder);

        Assert.Equal(0, reopened.Count);
    }

    [Fact]
    public void Compact_KeepsOnlyLiveVectors_OnceTheDeadOutnumberThem()
    {
        var dead = Enumerable.Range(0, 70).Select(i => (i.ToString("x64"), Vector(i))).ToList();
        using (var store = VectorStore.Open(_folder))
        {
            store.Add([.. dead, (HashA, Vector(1f))]);
            Assert.True(store.Compact(new HashSet<string> { HashA }));
        }

        using var reopened = VectorStore.Open(_folder);

        Assert.Equal(1, reopened.Count);
        Assert.Equal(Vector(1f), reopened.Find(HashA));
    }

    private static float[] Vector(float value) => [.. Enumerable.Repeat(value, SentenceEncoder.Dimensions)];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
