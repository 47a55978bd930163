namespace Evidence.Corpus.Model;

/// <summary>GRADE-style certainty that a finding is close to the true effect.</summary>
public enum Certainty
{
    NotAssessed,
    VeryLow,
    Low,
    Moderate,
    High,
}
