using System.IO.Enumeration;
using System.Security.Cryptography;

namespace Evidence.Corpus.Loading;

/// <summary>
/// The one way into a corpus folder, which is a trust boundary: whatever a careless editor or an attacker puts
/// there, only regular files under the root are read. Symbolic links (to a file or a folder, inside or outside,
/// dangling or looping) are refused and never followed; FIFOs, sockets and devices are refused without being
/// opened (opening a FIFO blocks); a file is opened only after its kind is checked, and what was opened is
/// checked to be what was inspected. Every refusal is a <see cref="CorpusError"/> naming the path relative to
/// the root, and no message names an absolute path. The worker, index-build and the importer all read here.
/// </summary>
public sealed class CorpusFolder(string root)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _reading = new(StringComparer.Ordinal);

    public string Root { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <summary>
    /// The file that has been in <see cref="Read"/> longest right now, and for how long; null when none is. A pass
    /// that cannot finish (a hung network mount, a file swapped for a FIFO between the look and the open) can
    /// then say which file holds it.
    /// </summary>
    public (string File, TimeSpan For)? LongestRead
    {
        get
        {
            var oldest = _reading.OrderBy(r => r.Value).FirstOrDefault();
            return oldest.Key is null ? null : (oldest.Key, System.Diagnostics.Stopwatch.GetElapsedTime(oldest.Value));
        }
    }

    /// <summary>
    /// The study-summary candidates below the root as full paths, in a stable order: every <c>*.yaml</c> name
    /// except the root's vocabulary.yaml, and every linked folder (reported, not followed). Hidden files and
    /// folders are skipped, as editors and version control keep theirs there. Unordered, the walk streams (sorting
    /// a million paths holds them all and takes a second).
    /// </summary>
    public IEnumerable<string> SourcePaths(bool ordered = true)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var entries = new FileSystemEnumerable<string>(Root, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            // A link to a folder is reported, never walked: that is how a loop (loop -> ..) or an escape would start.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) != 0
                    ? entry.FileName.EndsWith(".yaml", StringComparison.Ordinal) || entry.IsDirectory
                    : !entry.IsDirectory && entry.FileName.EndsWith(".yaml", StringComparison.Ordinal),
        };
        var sources = entries.Where(path => !IsVocabulary(path));
        return ordered ? sources.Order(StringComparer.Ordinal) : sources;
    }

    public bool IsVocabulary(string fullPath) => string.Equals(Relative(fullPath), CorpusLoader.VocabularyFileName, StringComparison.Ordinal);

    /// <summary>The path relative to the root, with forward slashes: how files are named in errors and in the index.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, Path.GetFullPath(fullPath)).Replace('\\', '/');

    /// <summary>Whether anything (a file, a link, a FIFO...) has this name; a deleted file has none.</summary>
    public bool Exists(string fullPath) => Inspect(fullPath).Kind != FileKind.Missing;

    /// <summary>What is at the path, without following a link or opening anything; links on the way in are refused too.</summary>
    internal FileStatus Inspect(string fullPath)
    {
        var relative = Relative(fullPath);
        if (IsOutside(relative)) return new FileStatus(FileKind.Inaccessible, 0, 0, 0, 0);
        // The folders between the root and the file must be real folders: sources/linked/x.yaml must not be read
        // through sources/linked -> /elsewhere, whichever way the path reached us (a watcher event, a command line).
        var folder = Root;
        var parts = relative.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            folder = Path.Combine(folder, parts[i]);
            var status = FileStatus.Of(folder);
            if (status.Kind != FileKind.Folder) return status with { Kind = status.Kind == FileKind.Missing ? FileKind.Missing : FileKind.SymbolicLink };
        }
        return FileStatus.Of(Path.Combine(Root, relative));
    }

    /// <summary>
    /// The stamp the index keeps to skip unchanged files (modification time and length), or null when the path is
    /// not a regular file. Nothing is opened.
    /// </summary>
    public long? Stamp(string fullPath) => Inspect(fullPath) is { Kind: FileKind.Regular } status ? status.ModifiedTicks ^ status.Length : null;

    /// <summary>
    /// Reads one regular file below the root, at most <paramref name="maxBytes"/> long: its bytes, their SHA-256 and
    /// its stamp, or the error that refused it. Never follows a link, never opens anything but a regular file.
    /// </summary>
    public CorpusFileRead Read(string fullPath, long maxBytes = YamlTreeReader.MaxBytes)
    {
        var relative = Relative(fullPath);
        if (IsOutside(relative)) return Failed("(outside the corpus)", new CorpusError("(outside the corpus)", 1, 1, ErrorCodes.NotRegular, "a path outside the corpus folder is never read"));
        var status = Inspect(fullPath);
        if (Refusal(relative, status.Kind) is { } refused) return Failed(relative, refused);
        if (status.Length > maxBytes)
            return Failed(relative, new CorpusError(relative, 1, 1, ErrorCodes.TooLarge, $"file is {status.Length:N0} bytes; the limit is {maxBytes:N0} bytes"));
        byte[] bytes;
        _reading[relative] = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var handle = File.OpenHandle(Path.Combine(Root, relative), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // Swapped for a link or a FIFO between the look and the open: what is open is not what was checked.
            if (FileStatus.Of(handle) is { } opened && (opened.Kind != FileKind.Regular || opened.Inode != status.Inode || opened.Device != status.Device))
                return Failed(relative, new CorpusError(relative, 1, 1, ErrorCodes.NotRegular, "the file was replaced while it was read; it is read again at the next change"));
            bytes = ReadAll(handle, maxBytes);
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return Failed(relative, new CorpusError(relative, 1, 1, ErrorCodes.NotText, "cannot read the file: " + Reason(io)));
        }
        finally
        {
            _reading.TryRemove(relative, out _);
        }
        if (bytes.Length > maxBytes)
            return Failed(relative, new CorpusError(relative, 1, 1, ErrorCodes.TooLarge, $"file is over {maxBytes:N0} bytes, the limit"));
        return new CorpusFileRead(relative, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), status.ModifiedTicks ^ status.Length, null);
    }

    private static byte[] ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long maxBytes)
    {
        // The length may have changed since the look; read up to one byte past the limit to notice growth.
        var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(RandomAccess.GetLength(handle), 0) + 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes) break;
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, buffer.Length * 2L));
            }
            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0) break;
            total += read;
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }

    /// <summary>Why a name is not read, or null for a regular file.</summary>
    private static CorpusError? Refusal(string relative, FileKind kind) => kind switch
    {
        FileKind.Regular => null,
        FileKind.Missing => new CorpusError(relative, 1, 1, ErrorCodes.NotText, "cannot read the file: it no longer exists"),
        FileKind.SymbolicLink => new CorpusError(relative, 1, 1, ErrorCodes.NotRegular, "a symbolic link (or a path through one); the corpus reads only regular files and folders inside it, so links are not followed"),
        FileKind.Folder => new CorpusError(relative, 1, 1, ErrorCodes.NotRegular, "a folder named like a summary; summaries are regular files"),
        FileKind.Fifo => new CorpusError(relative, 1, 1, ErrorCodes.NotRegular, "a FIFO (named pipe), not a regular file; it is not opened"),
        FileKind.Socket => new CorpusError(relative, 1, 1, ErrorCodes.NotRegular, "a socket, not a regular file; it is not opened"),
        FileKind.Device => new CorpusError(relative, 1, 1, ErrorCodes.NotRegular, "a device, not a regular file; it is not opened"),
        _ => new CorpusError(relative, 1, 1, ErrorCodes.NotText, "cannot read the file: permission denied"),
    };

    private static string Reason(Exception io) => io switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it no longer exists",
        PathTooLongException => "the path is too long",
        _ => "an input/output error",
    };

    private static bool IsOutside(string relative) =>
        relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative);

    private static CorpusFileRead Failed(string relative, CorpusError error) => new(relative, null, "", 0, error);
}

/// <summary>One file read through <see cref="CorpusFolder"/>: its bytes, hash and stamp, or the error that refused it.</summary>
public sealed record CorpusFileRead(string RelativePath, byte[]? Bytes, string ContentHash, long Stamp, CorpusError? Error);
