namespace Evidence.Corpus.Model;

/// <summary>How severe an adverse event was, as the source reports it.</summary>
public enum Severity
{
    NotReported,
    Mild,
    Moderate,
    Severe,
}
