namespace Evidence.Corpus.Importing;

/// <summary>Where a record stands in its file. Lines count from 1; <see cref="Column"/> is 0 when only the line is known.</summary>
public readonly record struct FilePosition(int Line, int Column = 0)
{
    public override string ToString() => Column > 0 ? $"{Line}:{Column}" : $"{Line}";
}

/// <summary>
/// One record of a reference file, numbered from 1: the reference read from it, or why it could not be read.
/// A bad record never stops the others.
/// </summary>
public sealed record ReferenceEntry(int Number, FilePosition Position, ImportedReference? Reference, string? Error)
{
    public static ReferenceEntry Read(int number, FilePosition position, ImportedReference reference) => new(number, position, reference, null);

    public static ReferenceEntry Failed(int number, FilePosition position, string error) => new(number, position, null, error);
}
