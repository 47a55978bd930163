namespace Evidence.Corpus.Model;

/// <summary>One source in the corpus: its citation, design, grading and annotated findings.</summary>
public sealed record StudySummary
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<Author> Authors { get; init; } = [];
    /// <summary>The year of publication; null for a source with no date seen (cited "n.d." where a style says so).</summary>
    public int? Year { get; init; }
    public required Publication Publication { get; init; }
    public required Identifiers Identifiers { get; init; }
    public required StudyDesign Design { get; init; }
    public required EvidenceLevel Level { get; init; }
    public Population? Population { get; init; }
    public IReadOnlyList<string> Interventions { get; init; } = [];
    public IReadOnlyList<string> Comparators { get; init; } = [];
    public IReadOnlyList<string> Conditions { get; init; } = [];
    public string? Summary { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<AdverseEvent> AdverseEvents { get; init; } = [];
    public IReadOnlyList<string> KeyPoints { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<string> Limitations { get; init; } = [];
    public string? Abstract { get; init; }
    public required Review Review { get; init; }

    /// <summary>True when a human has annotated findings; imported records carry bibliography only.</summary>
    public bool IsAnnotated => Review.Status != ReviewStatus.Imported;

    /// <summary>True when the summary is not a reviewed, fully verified record.</summary>
    public bool NeedsCaution => Review.Status != ReviewStatus.Reviewed || Review.Verification != Verification.Verified;
}
