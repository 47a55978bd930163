namespace Evidence.Corpus.Model;

/// <summary>How far the bibliographic facts were checked against a primary record.</summary>
public enum Verification
{
    Verified,
    PartlyVerified,
    Unverified,
}
