namespace Evidence.Corpus.Model;

/// <summary>How far a summary has been through human review.</summary>
public enum ReviewStatus
{
    /// <summary>Written, not yet checked by a second person.</summary>
    Draft,
    /// <summary>Checked against the source by a reviewer.</summary>
    Reviewed,
    /// <summary>Brought in by an importer: bibliographic data only, no annotated findings.</summary>
    Imported,
}
