using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Evidence.Search.Indexing;

/// <summary>The kinds of free text a summary holds, in the order of <see cref="SummaryDocument.AllText"/>.</summary>
public enum TextPart
{
    Title,
    Summary,
    Abstract,
    Finding,
    KeyPoint,
    Quote,
}

/// <summary>Maps one <see cref="StudySummary"/> to its Lucene document.</summary>
public static class SummaryDocument
{
    /// <summary>
    /// The document for one summary. Of the analysed fields only <paramref name="textFields"/> are written (the
    /// ranking's <see cref="Ranking.RankingOptions.SearchedFields"/>): the default ranking searches the combined text,
    /// the title and the concepts, and analysing the per-part fields as well would double the build's analysis.
    /// </summary>
    public static Document Create(SourceFile file, StudySummary summary, ConceptVocabulary vocabulary, IReadOnlySet<string> textFields, long modifiedTicks = 0)
    {
        var document = new Document
        {
            // Keys are read from doc values (EvidenceIndex.ReadFileStates); only the record is stored.
            new StringField(IndexFields.Id, summary.Id, Field.Store.NO),
            new StringField(IndexFields.Path, file.RelativePath, Field.Store.NO),
            new StringField(IndexFields.ContentHash, file.ContentHash, Field.Store.NO),
            StoredRecords.For(summary),
            SegmentFactTables.For(summary),
            new BinaryDocValuesField(IndexFields.Id, new BytesRef(summary.Id)),
            new BinaryDocValuesField(IndexFields.Path, new BytesRef(file.RelativePath)),
            new BinaryDocValuesField(IndexFields.ContentHash, new BytesRef(file.ContentHash)),
            new NumericDocValuesField(IndexFields.Modified, modifiedTicks),
        };
        void Text(string field, Func<string?> text)
        {
            if (textFields.Contains(field) && text() is { } value && !string.IsNullOrWhiteSpace(value)) document.Add(new TextField(field, value, Field.Store.NO));
        }
        Text(IndexFields.Title, () => summary.Title);
        Text(IndexFields.Summary, () => summary.Summary);
        Text(IndexFields.Findings, () => string.Join("\n", summary.Findings.Select(f => f.Effect)));
        Text(IndexFields.KeyPoints, () => string.Join("\n", summary.KeyPoints.Concat(summary.Quotes.Select(q => q.Text))));
        Text(IndexFields.Abstract, () => summary.Abstract);
        Text(IndexFields.Concepts, () => ConceptText(summary, vocabulary));
        if (textFields.Contains(IndexFields.Text))
        {
            if (AllText(summary) is { Length: > 0 } all) document.Add(new Field(IndexFields.Text, all, TextWithOffsets));
            // The annotated concepts join the text as tokens alone (no words), so a source annotated with a concept its
            // text never names is still found by it, without a field of their own to search.
            if (AnnotatedConcepts(summary, vocabulary) is { Count: > 0 } concepts) document.Add(new Field(IndexFields.Text, new ConceptTokenStream(concepts), TextWithOffsets));
        }

        var findingInterventions = summary.Findings.SelectMany(f => new[] { f.Intervention, f.Comparator }).OfType<string>();
        // Doc values only where facets count them (FacetCollector): each costs time at every flush and merge.
        AddExact(document, IndexFields.Condition, summary.Conditions.Concat(summary.Findings.Select(f => f.Condition)), facet: true);
        AddExact(document, IndexFields.Outcome, summary.Findings.Select(f => f.Outcome), facet: true);
        AddExact(document, IndexFields.Intervention, summary.Interventions.Concat(summary.Comparators).Concat(findingInterventions));
        // Every event a source names, observed or looked for and not seen: the field says what a source is about
        // (concept counts, coverage), never how often a harm was reported.
        AddExact(document, IndexFields.AdverseEvent, summary.AdverseEvents.Select(a => a.Event));
        AddExact(document, IndexFields.FindingKey, summary.Findings.Select(f => IndexFields.Key(f.Condition, f.Outcome)));
        AddExact(document, IndexFields.Design, [Names<StudyDesign>.Id(summary.Design)], facet: true);
        AddExact(document, IndexFields.ReviewStatus, [Names<ReviewStatus>.Id(summary.Review.Status)]);

        document.Add(new Int32Field(IndexFields.Level, summary.Level.Level, Field.Store.NO));
        document.Add(new NumericDocValuesField(IndexFields.Level, summary.Level.Level));
        // An undated source has no year: it matches no year filter, counts in no year facet and sorts last by year.
        if (summary.Year is { } year)
        {
            document.Add(new Int32Field(IndexFields.Year, year, Field.Store.NO));
            document.Add(new NumericDocValuesField(IndexFields.Year, year));
        }
        document.Add(new NumericDocValuesField(IndexFields.HarmData, HarmData.Value(summary, vocabulary)));
        return document;
    }

    /// <summary>The labels and synonyms of the concepts a summary is annotated with, as searchable text.</summary>
    private static string ConceptText(StudySummary summary, ConceptVocabulary vocabulary) =>
        string.Join("\n", Annotated(summary).Select(vocabulary.Find).OfType<Concept>().Select(concept => concept.Label));

    private static IEnumerable<string> Annotated(StudySummary summary) =>
        summary.Conditions.Concat(summary.Interventions).Concat(summary.Comparators)
            .Concat(summary.Findings.Select(f => f.Outcome)).Concat(summary.AdverseEvents.Select(a => a.Event))
            .Distinct(StringComparer.Ordinal);

    /// <summary>The tokens of the annotated concepts and of every concept above them, each once.</summary>
    private static List<string> AnnotatedConcepts(StudySummary summary, ConceptVocabulary vocabulary) =>
        [.. Annotated(summary).Where(id => vocabulary.Find(id) is not null).SelectMany(vocabulary.SelfAndAncestors).Distinct(StringComparer.Ordinal).Select(ConceptTokens.For)];

    /// <summary>Every free text of a summary, title first, as the <see cref="IndexFields.Text"/> field holds it.</summary>
    public static string AllText(StudySummary summary) => string.Join("\n", TextParts(summary).Select(part => part.Text));

    /// <summary>
    /// The parts of <see cref="AllText"/> in its order, joined there by one newline each: an offset the index stored
    /// for the text field (its term vectors) falls in exactly one part (<see cref="Querying.SnippetBuilder"/>).
    /// </summary>
    public static IEnumerable<(TextPart Part, string Text)> TextParts(StudySummary summary) =>
        new[] { (TextPart.Title, summary.Title), (TextPart.Summary, summary.Summary), (TextPart.Abstract, summary.Abstract) }
            .Concat(summary.Findings.Select(f => (TextPart.Finding, (string?)f.Effect)))
            .Concat(summary.KeyPoints.Select(k => (TextPart.KeyPoint, (string?)k)))
            .Concat(summary.Quotes.Select(q => (TextPart.Quote, (string?)q.Text)))
            .Where(part => !string.IsNullOrWhiteSpace(part.Item2))
            .Select(part => (part.Item1, part.Item2!));

    /// <summary>
    /// The combined text keeps each occurrence's character offsets in its postings, so a snippet marks the matched
    /// words of a hit without analysing its text again (that analysis was most of a search's cost per hit), as
    /// Lucene's PostingsHighlighter does; term vectors were tried first and cost more to read per hit.
    /// </summary>
    private static readonly FieldType TextWithOffsets = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };

    static SummaryDocument() => TextWithOffsets.Freeze();

    private static void AddExact(Document document, string field, IEnumerable<string> values, bool facet = false)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(field, value, Field.Store.NO));
            if (facet) document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
