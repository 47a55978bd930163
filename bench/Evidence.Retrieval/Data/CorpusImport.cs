using System.Text.Json;
using Evidence.Corpus.Importing;
using Evidence.Corpus.Loading;

namespace Evidence.Retrieval.Data;

/// <summary>
/// Brings a BEIR corpus in the way a user's reference export comes in: as CSL-JSON through
/// <see cref="ReferenceImporter"/>, which writes one draft summary (status imported) a record into a folder
/// that the product's CorpusSync then indexes. Each record carries its BEIR id as a corpus id ("scifact:4983").
/// </summary>
public static class CorpusImport
{
    /// <summary>
    /// BEIR records carry no journal and no year, and the importer (rightly) refuses a journal article without them.
    /// The collection itself stands in for both: its name as the container and its year of publication. Neither
    /// field is read by any search configuration; the drafts live only in a temporary folder.
    /// </summary>
    public sealed record Collection(string Name, string Container, int Year);

    public static Collection SciFact { get; } = new("scifact", "SciFact corpus (Wadden et al., 2020)", 2020);

    /// <summary>Imports <paramref name="documents"/> into <paramref name="corpusDirectory"/>; returns the outcomes that were not imports.</summary>
    public static IReadOnlyList<ImportOutcome> Run(IReadOnlyList<BeirDocument> documents, Collection collection, string corpusDirectory, string vocabularyFile)
    {
        var importer = ReferenceImporter.Open(corpusDirectory, vocabularyFile, []);
        var outcomes = importer.Import(collection.Name + ".csl.json", CslJson(documents, collection), ReferenceFormat.CslJson);
        return [.. outcomes.Where(outcome => outcome.Status != ImportStatus.Imported)];
    }

    public static string CorpusId(Collection collection, string documentId) => collection.Name + ":" + documentId;

    /// <summary>The documents as a CSL-JSON array, as Zotero would export them, the corpus id in "note".</summary>
    public static string CslJson(IEnumerable<BeirDocument> documents, Collection collection)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var document in documents)
            {
                writer.WriteStartObject();
                writer.WriteString("id", document.Id);
                writer.WriteString("type", "article-journal");
                writer.WriteString("title", document.Title);
                writer.WriteString("container-title", collection.Container);
                writer.WriteStartObject("issued");
                writer.WriteStartArray("date-parts");
                writer.WriteStartArray();
                writer.WriteNumberValue(collection.Year);
                writer.WriteEndArray();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteString("abstract", document.Text);
                writer.WriteString("note", "Corpus ID: " + CorpusId(collection, document.Id));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The product's vocabulary, which the API's index is built with too.</summary>
    public static string VocabularyFile(string repositoryRoot) => Path.Combine(repositoryRoot, "corpus", CorpusLoader.VocabularyFileName);
}
