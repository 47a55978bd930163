using System.Net.Http.Json;
using System.Text.Json;
using Evidence.Corpus.Importing;

namespace Evidence.Service.Tests;

/// <summary>
/// A folder made by the importer plus the vocabulary is a corpus the service serves: imported records are
/// searchable, marked unannotated, keep their URL as given, and never decide a claim.
/// </summary>
public sealed class ImportedCorpusTests : IAsyncLifetime
{
    private static readonly string ImportedFolder = Path.Combine(Path.GetTempPath(), "evidence-imported-" + Guid.NewGuid().ToString("N"));
    private EvidenceApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var importer = ReferenceImporter.Open(ImportedFolder, Path.Combine(RepositoryPaths.Corpus, "vocabulary.yaml"), []);
        importer.ImportFile(Path.Combine(RepositoryPaths.Root, "tests", "Evidence.IndexBuild.Tests", "Fixtures", "zotero.ris"));
        _app = new EvidenceApplication(ImportedFolder);
        _client = await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        Directory.Delete(ImportedFolder, recursive: true);
    }

    [Fact]
    public async Task ImportedRecords_AreSearchable_Unannotated_AndKeepTheirUrl()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/evidence?q=skin%20types");
        var item = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("title").GetString() == "Microneedling in all skin types: A review");

        Assert.False(item.GetProperty("annotated").GetBoolean());
        Assert.Equal("imported", item.GetProperty("reviewStatus").GetString());
        Assert.Equal("https://scholars.mssm.edu/en/publications/microneedling-in-all-skin-types-a-review-2", item.GetProperty("url").GetString());
        Assert.Contains("not yet annotated", item.GetProperty("caution").GetString());
    }

    [Fact]
    public async Task Claims_OverImportedRecords_AreInsufficientAnnotation()
    {
        using var response = await _client.PostAsJsonAsync("/api/claims/check", new { claim = "Microneedling improves acne scars" });
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("insufficient-evidence", check.GetProperty("verdict").GetString());
        Assert.Empty(check.GetProperty("supporting").EnumerateArray());
        Assert.NotEmpty(check.GetProperty("unannotated").EnumerateArray());
        Assert.Contains("insufficient annotation", check.GetProperty("reason").GetString());
    }
}
