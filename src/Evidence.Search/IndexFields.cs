namespace Evidence.Search;

/// <summary>
/// The fields of an indexed source, named once for every layer (documents, ranking, queries). Free-text fields are
/// analysed; the rest are exact.
/// </summary>
public static class IndexFields
{
    // Keys and bookkeeping.
    public const string Id = "id";
    public const string Path = "path";
    public const string ContentHash = "hash";
    public const string Record = "record";

    /// <summary>The file's stamp (modification time and length) when it was read, to skip unchanged files.</summary>
    public const string Modified = "modified";

    // Free text, weighted at query time (see TextQuery).
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Findings = "findings";
    public const string KeyPoints = "keyPoints";
    public const string Abstract = "abstract";
    public const string Concepts = "concepts";

    /// <summary>All of the above but concepts in one field: BM25 over one field ranks better than a sum over many (see docs/retrieval.md).</summary>
    public const string Text = "text";

    // Exact: one term per value, doc values for facets and sorting.
    public const string Condition = "condition";
    public const string Outcome = "outcome";
    public const string Intervention = "intervention";
    public const string Design = "design";
    public const string Level = "level";
    public const string Year = "year";
    public const string ReviewStatus = "reviewStatus";
    public const string AdverseEvent = "adverseEvent";

    /// <summary>What a source offers a safety question (<see cref="HarmData"/> tier): doc values only, read by safety questions.</summary>
    public const string HarmData = "harmData";

    /// <summary>What synthesis counts of a source (<see cref="Corpus.Facts.SourceFacts"/>), read per segment into a fact table.</summary>
    public const string Facts = "facts";

    /// <summary>"condition|outcome" for each finding, so a condition-and-outcome filter matches one finding.</summary>
    public const string FindingKey = "findingKey";

    public static string Key(string condition, string outcome) => condition + "|" + outcome;

    /// <summary>
    /// Bumped whenever the document layout or the stored record changes; an index of another version is
    /// rebuilt. 5: records carry included designs, observed adverse events and levels derived from them.
    /// 6: the harm-data tier (doc values) that safety questions rank by. 9: the combined text keeps offsets in its
    /// postings, which snippets read. 10: the combined text also holds the annotated concepts' tokens, and a concept's
    /// name adds its broader concepts'. 11: each source's facts for synthesis (doc values). 12: the facts
    /// add each adverse event's reported frequency class, which claim checks weigh.
    /// </summary>
    public const string SchemaVersion = "12";
}
