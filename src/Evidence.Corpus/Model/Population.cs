namespace Evidence.Corpus.Model;

/// <summary>Who was studied. <see cref="SampleSize"/> is participants (or studies, for a review: see the note).</summary>
public sealed record Population(string? Description, int? SampleSize, string? SampleSizeNote);
