using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Evidence.Search.Indexing;

/// <summary>Maps one <see cref="StudySummary"/> to its Lucene document.</summary>
public static class SummaryDocument
{
    public static Document Create(SourceFile file, StudySummary summary, ConceptVocabulary vocabulary, long modifiedTicks = 0)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, summary.Id, Field.Store.YES),
            new StringField(IndexFields.Path, file.RelativePath, Field.Store.YES),
            new StringField(IndexFields.ContentHash, file.ContentHash, Field.Store.YES),
            new StoredField(IndexFields.Record, RecordJson.Serialize(summary)),
            new BinaryDocValuesField(IndexFields.Id, new BytesRef(summary.Id)),
            new BinaryDocValuesField(IndexFields.Path, new BytesRef(file.RelativePath)),
            new BinaryDocValuesField(IndexFields.ContentHash, new BytesRef(file.ContentHash)),
            new NumericDocValuesField(FileState.ModifiedField, modifiedTicks),

            new TextField(IndexFields.Title, summary.Title, Field.Store.NO),
        };
        AddText(document, IndexFields.Summary, summary.Summary);
        AddText(document, IndexFields.Findings, string.Join("\n", summary.Findings.Select(f => f.Effect)));
        AddText(document, IndexFields.KeyPoints, string.Join("\n", summary.KeyPoints.Concat(summary.Quotes.Select(q => q.Text))));
        AddText(document, IndexFields.Abstract, summary.Abstract);
        AddText(document, IndexFields.Concepts, ConceptText(summary, vocabulary));
        AddText(document, IndexFields.Text, AllText(summary));

        var findingInterventions = summary.Findings.SelectMany(f => new[] { f.Intervention, f.Comparator }).OfType<string>();
        AddExact(document, IndexFields.Condition, summary.Conditions.Concat(summary.Findings.Select(f => f.Condition)));
        AddExact(document, IndexFields.Outcome, summary.Findings.Select(f => f.Outcome));
        AddExact(document, IndexFields.Intervention, summary.Interventions.Concat(summary.Comparators).Concat(findingInterventions));
        AddExact(document, IndexFields.AdverseEvent, summary.AdverseEvents.Select(a => a.Event));
        AddExact(document, IndexFields.FindingKey, summary.Findings.Select(f => IndexFields.Key(f.Condition, f.Outcome)));
        AddExact(document, IndexFields.Design, [Names<StudyDesign>.Id(summary.Design)]);
        AddExact(document, IndexFields.ReviewStatus, [Names<ReviewStatus>.Id(summary.Review.Status)]);

        document.Add(new Int32Field(IndexFields.Level, summary.Level.Level, Field.Store.NO));
        document.Add(new NumericDocValuesField(IndexFields.Level, summary.Level.Level));
        document.Add(new Int32Field(IndexFields.Year, summary.Year, Field.Store.NO));
        document.Add(new NumericDocValuesField(IndexFields.Year, summary.Year));
        return document;
    }

    /// <summary>The labels and synonyms of the concepts a summary is annotated with, as searchable text.</summary>
    private static string ConceptText(StudySummary summary, ConceptVocabulary vocabulary)
    {
        var ids = summary.Conditions.Concat(summary.Interventions).Concat(summary.Comparators)
            .Concat(summary.Findings.Select(f => f.Outcome)).Concat(summary.AdverseEvents.Select(a => a.Event))
            .Distinct(StringComparer.Ordinal);
        return string.Join("\n", ids.Select(vocabulary.Find).OfType<Concept>().Select(concept => concept.Label));
    }

    /// <summary>Every free text of a summary, title first, as the <see cref="IndexFields.Text"/> field holds it.</summary>
    public static string AllText(StudySummary summary) => string.Join("\n",
        new[] { summary.Title, summary.Summary, summary.Abstract }
            .Concat(summary.Findings.Select(f => f.Effect)).Concat(summary.KeyPoints).Concat(summary.Quotes.Select(q => q.Text))
            .Where(text => !string.IsNullOrWhiteSpace(text)));

    private static void AddText(Document document, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) document.Add(new TextField(field, text, Field.Store.NO));
    }

    private static void AddExact(Document document, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(field, value, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
