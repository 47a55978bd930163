namespace Evidence.Corpus.Model;

/// <summary>Which way a finding points for the intervention studied.</summary>
public enum Direction
{
    Improved,
    NoDifference,
    Worsened,
    Mixed,
    Unclear,
}
