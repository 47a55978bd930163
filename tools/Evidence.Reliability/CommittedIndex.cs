using Evidence.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Evidence.Reliability;

/// <summary>What the last commit on disk holds, read without a lock (as a killed service left it).</summary>
public sealed record CommittedIndex(bool Exists, bool Clean, Dictionary<string, string> Hashes, string? Problem)
{
    public static CommittedIndex Read(string folder, bool check)
    {
        if (!System.IO.Directory.Exists(folder)) return new(false, true, [], null);
        try
        {
            using var directory = FSDirectory.Open(new DirectoryInfo(folder), NoLockFactory.GetNoLockFactory());
            if (!DirectoryReader.IndexExists(directory)) return new(false, true, [], null);
            var clean = true;
            string? problem = null;
            if (check)
            {
                // Lucene's own verification: every segment of the last commit opens and its postings, stored
                // fields and doc values read back.
                var status = new CheckIndex(directory).DoCheckIndex();
                clean = status.Clean;
                if (!clean) problem = $"CheckIndex: {status.NumBadSegments} bad segments";
            }
            using var reader = DirectoryReader.Open(directory);
            var hashes = EvidenceIndex.ReadFileStates(reader).ToDictionary(p => p.Key, p => p.Value.ContentHash, StringComparer.Ordinal);
            return new(true, clean, hashes, problem);
        }
        catch (Exception error)
        {
            // Any failure to open or read the last commit is exactly what this check exists to find.
            return new(true, false, [], $"the index does not open: {error.GetType().Name}: {error.Message}");
        }
    }
}
