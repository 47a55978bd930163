using Lucene.Net.Store;

namespace Evidence.Search.Indexing;

/// <summary>
/// One owner of an index folder at a time, across processes. Lucene's write.lock (NativeFSLockFactory) does not keep a
/// second process out here: two services started on one folder both opened writers, each deleted the other's commit
/// files, and the folder was left with no commit to open. This lock is the file <see cref="FileName"/> in the folder,
/// opened for as long as the index is open without sharing, which .NET on Linux and macOS takes as an exclusive
/// advisory lock (flock) and Windows as a sharing mode; the system lets it go when the process ends, however it ends,
/// so a killed owner leaves nothing to clean up.
/// </summary>
internal sealed class IndexFolderLock : IDisposable
{
    public const string FileName = "evidence.lock";

    private readonly FileStream _file;

    private IndexFolderLock(FileStream file) => _file = file;

    /// <summary>Takes the folder's lock, or throws <see cref="LockObtainFailedException"/> when another owner holds it.</summary>
    public static IndexFolderLock Take(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return new IndexFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1));
        }
        // Held elsewhere: EWOULDBLOCK from flock (HResult 11) on Linux, a sharing violation on Windows; both an IOException.
        catch (IOException error) when (error is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new LockObtainFailedException($"cannot lock the index folder ({FileName}); another process has it open: {error.Message}", error);
        }
    }

    public void Dispose() => _file.Dispose();
}
