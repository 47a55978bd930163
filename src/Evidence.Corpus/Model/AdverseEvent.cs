namespace Evidence.Corpus.Model;

/// <summary>A harm reported by a source; <see cref="Frequency"/> is as the source words it.</summary>
public sealed record AdverseEvent(string Event, string? Frequency, Severity Severity, string? Note);
