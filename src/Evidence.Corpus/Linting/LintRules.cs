namespace Evidence.Corpus.Linting;

/// <summary>The rule ids <see cref="CorpusLint"/> reports; corpus/README.md ("The lint") says why each exists.</summary>
public static class LintRules
{
    /// <summary>A direction other than unclear needs a comparator, or a comparison or test stated in the effect.</summary>
    public const string DirectionNeedsComparison = "direction-needs-comparison";

    /// <summary>Narrative reviews and society statements (expert opinion) give at most very-low certainty (GRADE).</summary>
    public const string CertaintyCap = "certainty-cap";

    /// <summary>A review's level may not be better than its included designs allow (Oxford CEBM 2011).</summary>
    public const string ReviewLevel = "review-level";

    /// <summary>The citation link is canonical: doi.org, PubMed, PMC, the publisher or the issuing body.</summary>
    public const string CanonicalLink = "canonical-link";

    /// <summary>A key point states no number that no finding or adverse event carries.</summary>
    public const string KeyPointNumber = "key-point-number";
}
