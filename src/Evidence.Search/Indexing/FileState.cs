namespace Evidence.Search.Indexing;

/// <summary>What the index holds for one corpus file: the source id, its content hash and the file time it was read at.</summary>
public sealed record FileState(string Path, string Id, string ContentHash, long ModifiedTicks);
