namespace Evidence.Corpus.Model;

/// <summary>
/// A harm a source reports; <see cref="Frequency"/> is as the source words it. <see cref="Observed"/> is
/// false when the source looked for the harm and did not see it ("no bacterial infections were reported"):
/// such an entry is never a report of the harm.
/// </summary>
public sealed record AdverseEvent(string Event, string? Frequency, Severity Severity, string? Note, bool Observed = true);
