using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Evidence.Service.Embeddings;
using Microsoft.Extensions.DependencyInjection;

namespace Evidence.Service.Tests;

/// <summary>
/// Issue 18 through the real service and the bundled model, on an eight-source fixture corpus: hybrid ranking finds a
/// paraphrase lexical ranking misses, vectors follow edits, an unchanged corpus is not embedded again, and the
/// switch turns it all off.
/// </summary>
// Shares a collection with the other test that loads or measures a lot of process memory: the memory-bound test
// reads the whole process's working set, which the embedding model (hundreds of MB) would inflate if run beside it.
[Collection("ProcessMemory")]
public sealed class HybridRankingTests
{
    /// <summary>Shares no content word with <see cref="Target"/>; "balding" meets it only through the vocabulary's concept.</summary>
    private const string Paraphrase = "balding men regrowing hair on the crown";

    private const string Target = "fixture-vertex-follicles";

    /// <summary>The shared fixture's four sources and this corpus's four.</summary>
    private const int Sources = 8;

    private static readonly Dictionary<string, string> HybridOn = new() { ["Evidence:Embeddings:Enabled"] = "true" };

    [Fact]
    public async Task Paraphrase_RanksItsTargetInTheTopThree_WithHybridOnAndNotWithItOff()
    {
        using var corpus = ParaphraseCorpus();
        int hybridRank;
        using (var on = new EvidenceApplication(corpus.CorpusPath, HybridOn, corpus.IndexPath))
        {
            var client = await on.StartAsync();
            await EmbeddedAsync(on);
            var (ranking, ids) = await SearchAsync(client, Paraphrase);
            Assert.Equal("hybrid", ranking);
            hybridRank = ids.IndexOf(Target);
        }
        using var off = new EvidenceApplication(corpus.CorpusPath, new Dictionary<string, string> { ["Evidence:Embeddings:Enabled"] = "false" }, corpus.IndexPath);
        var lexical = await SearchAsync(await off.StartAsync(), Paraphrase);
        Assert.Equal("lexical", lexical.Ranking);
        Assert.Contains(Target, lexical.Ids);
        var ranks = $"hybrid rank {hybridRank + 1}, lexical rank {lexical.Ids.IndexOf(Target) + 1}: {string.Join(", ", lexical.Ids)}";
        Assert.True(hybridRank is >= 0 and < 3, ranks);
        Assert.True(lexical.Ids.IndexOf(Target) >= 3, ranks);
    }

    [Fact]
    public async Task DocumentEditedAfterStart_GetsANewVector()
    {
        using var corpus = ParaphraseCorpus();
        using var app = new EvidenceApplication(corpus.CorpusPath, HybridOn, corpus.IndexPath);
        var client = await app.StartAsync();
        var semantic = await EmbeddedAsync(app);
        var before = ContentHash(corpus.PathOf(Target));
        Assert.True(semantic.Store!.Contains(before));

        var change = app.Status.NextPassAsync();
        File.AppendAllText(corpus.PathOf(Target), "keyPoints: [\"Edited: the combined treatment also thickened each fibre.\"]\n");
        await change;
        var after = ContentHash(corpus.PathOf(Target));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await semantic.WaitUntilAsync(progress => progress.Pending == 0 && semantic.Store.Contains(after), timeout.Token);

        Assert.NotEqual(before, after);
        Assert.Equal(0, semantic.Progress.Pending);
        var status = await client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.Equal(0, status.GetProperty("embeddings").GetProperty("pending").GetInt32());
        Assert.Equal(Sources, status.GetProperty("embeddings").GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task UnchangedCorpus_IsNotEmbeddedAgainAtStartUp()
    {
        using var corpus = ParaphraseCorpus();
        long vectorBytes;
        using (var first = new EvidenceApplication(corpus.CorpusPath, HybridOn, corpus.IndexPath))
        {
            await first.StartAsync();
            Assert.Equal(Sources, (await EmbeddedAsync(first)).EmbeddedSinceStart);
            vectorBytes = VectorFile(corpus).Length;
        }
        using var second = new EvidenceApplication(corpus.CorpusPath, HybridOn, corpus.IndexPath);
        var client = await second.StartAsync();
        var semantic = await EmbeddedAsync(second);

        Assert.Equal(0, semantic.EmbeddedSinceStart);
        Assert.Equal(vectorBytes, VectorFile(corpus).Length);
        Assert.Equal("hybrid", (await SearchAsync(client, Paraphrase)).Ranking);
    }

    [Fact]
    public async Task SwitchedOff_TheServiceSearchesLexicallyAndNeverLoadsTheModel()
    {
        using var corpus = ParaphraseCorpus();
        using var app = new EvidenceApplication(corpus.CorpusPath, new Dictionary<string, string> { ["Evidence:Embeddings:Enabled"] = "false" }, corpus.IndexPath);
        var client = await app.StartAsync();

        var (ranking, ids) = await SearchAsync(client, "microneedling scars");
        var status = await client.GetFromJsonAsync<JsonElement>("/api/status");

        Assert.Equal("lexical", ranking);
        Assert.NotEmpty(ids);
        Assert.False(status.TryGetProperty("embeddings", out _));
        Assert.Null(app.Services.GetRequiredService<SemanticIndex>().Ranker);
        Assert.False(Directory.Exists(Path.Combine(corpus.IndexPath, "embeddings")));
    }

    private static async Task<SemanticIndex> EmbeddedAsync(EvidenceApplication app)
    {
        var semantic = app.Services.GetRequiredService<SemanticIndex>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await semantic.WaitUntilAsync(progress => progress is { Pending: 0, Done: Sources } && semantic.Ranker is not null, timeout.Token);
        return semantic;
    }

    private static async Task<(string Ranking, List<string> Ids)> SearchAsync(HttpClient client, string text)
    {
        var response = await client.GetFromJsonAsync<JsonElement>("/api/evidence?pageSize=10&q=" + Uri.EscapeDataString(text));
        return (response.GetProperty("ranking").GetString()!, [.. response.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!)]);
    }

    private static string ContentHash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static FileInfo VectorFile(TestCorpus corpus) => new(Path.Combine(corpus.IndexPath, "embeddings", "vectors.bin"));

    /// <summary>
    /// The shared fixture (four sources) plus a target that speaks of androgenetic alopecia only in clinical words, and
    /// three decoys that use the paraphrase's words ("hair", "men", "crown") about other things (the ear's hair cells,
    /// hair dye, dental crowns).
    /// </summary>
    private static TestCorpus ParaphraseCorpus()
    {
        var corpus = new TestCorpus();
        File.WriteAllText(Path.Combine(corpus.CorpusPath, "vocabulary.yaml"), TestCorpus.Vocabulary + "\n"
            + "  - { id: follicle-density, kinds: [outcome], label: Follicle density, synonyms: [], lay: [] }\n");
        Add(corpus, Target, "Fixture: minoxidil plus collagen induction for androgenetic alopecia", "case-series", "androgenetic-alopecia", "follicle-density",
            "Forty males with androgenetic alopecia of the vertex applied topical minoxidil, with or without percutaneous collagen induction. Follicle density and new terminal growth on the vertex increased more with the combined treatment after twelve weeks.");
        Add(corpus, "fixture-noise-hair-cells", "Fixture: noise and the hair cells of the inner ear in men", "randomised-controlled-trial", "scars", "scar-appearance",
            "Men exposed to factory noise lost cochlear hair cells and some of their hearing.");
        Add(corpus, "fixture-hair-dye", "Fixture: hair dye allergy in men", "randomised-controlled-trial", "scars", "scar-appearance",
            "Men who dyed their hair developed contact dermatitis; patch tests confirmed an allergy to the dye.");
        Add(corpus, "fixture-dental-crowns", "Fixture: dental crown fractures in men", "systematic-review", "scars", "scar-appearance",
            "Porcelain crowns fractured more often in men who grind their teeth at night.");
        return corpus;
    }

    private static void Add(TestCorpus corpus, string id, string title, string design, string condition, string outcome, string text) =>
        corpus.Write(id, TestCorpus.Source(id, title, 2020, design, [condition], ["microneedling"], [(condition, outcome, "improved", "Better than before.")], [])
            + $"abstract: \"{text}\"\n");
}
