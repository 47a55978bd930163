namespace Evidence.Corpus.Importing;

/// <summary>What became of one record.</summary>
public enum ImportStatus
{
    /// <summary>Written as a new draft summary.</summary>
    Imported,
    /// <summary>The same DOI, PMID (or, lacking both, URL) is already in the output folder or the corpus.</summary>
    AlreadyPresent,
    /// <summary>Malformed or unusable; reported with its position and skipped.</summary>
    Failed,
}

/// <summary>One record's outcome: where it is in its file, what happened, and the summary id it maps to.</summary>
public sealed record ImportOutcome(string File, int Record, FilePosition Position, ImportStatus Status, string? Id, string Message)
{
    /// <summary>"file:line: message", or "file:line:column: message" where the column is known.</summary>
    public override string ToString() => $"{File}:{Position}: {Message}";
}
