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

    /// <summary>
    /// The designs a review says it includes; empty when the makeup is not recorded (see
    /// <see cref="IncludesOtherDesigns"/>, and <see cref="EvidenceLevel.For(StudyDesign, IReadOnlyList{StudyDesign}, bool)"/> for the level it gives).
    /// </summary>
    public IReadOnlyList<StudyDesign> IncludedDesigns { get; init; } = [];

    /// <summary>The YAML value of <c>includedDesigns</c> for included studies whose design the source does not state.</summary>
    public const string OtherDesigns = "other";

    /// <summary>True when a review also includes studies whose design it does not state (<c>other</c> in YAML).</summary>
    public bool IncludesOtherDesigns { get; init; }

    /// <summary>True when the file records what the source includes.</summary>
    public bool IncludedDesignsRecorded => IncludedDesigns.Count > 0 || IncludesOtherDesigns;
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
