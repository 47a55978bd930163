using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Evidence.Corpus.Loading;

/// <summary>What kind of thing a name in the corpus folder is, found without opening it or following a link.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Folder,
    SymbolicLink,
    Fifo,
    Socket,
    Device,

    /// <summary>The name exists but cannot be looked at (a folder on the way denies access).</summary>
    Inaccessible,
}

/// <summary>
/// lstat for .NET: the kind, size, modification time and identity (device and inode) of a path, without following a
/// final symbolic link and without opening the file. .NET reports symbolic links (<see cref="FileSystemInfo.LinkTarget"/>)
/// but not FIFOs, sockets or devices, and opening a FIFO for reading blocks until a writer appears; so on Linux this
/// asks the kernel through statx(2), whose struct layout is the same on every architecture. Elsewhere only links and
/// folders are told apart (Windows has no FIFOs in the file system).
/// </summary>
internal readonly record struct FileStatus(FileKind Kind, long Length, long ModifiedTicks, ulong Device, ulong Inode)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint BasicStats = 0x7ff;
    private const int NoSuchEntry = 2;
    private const int NotAFolder = 20;

    private static bool s_statxMissing = !OperatingSystem.IsLinux();

    /// <summary>The status of the name itself (a link is reported as a link).</summary>
    public static FileStatus Of(string path)
    {
        if (!s_statxMissing)
        {
            try
            {
                var buffer = new StatxBuffer();
                if (Statx(AtFdCwd, path, AtSymlinkNoFollow, BasicStats, ref buffer) == 0) return From(buffer);
                var error = Marshal.GetLastPInvokeError();
                return new FileStatus(error is NoSuchEntry or NotAFolder ? FileKind.Missing : FileKind.Inaccessible, 0, 0, 0, 0);
            }
            catch (Exception missing) when (missing is EntryPointNotFoundException or DllNotFoundException)
            {
                s_statxMissing = true;
            }
        }
        return Managed(path);
    }

    /// <summary>The status of an open file, to check that what was opened is what was inspected.</summary>
    public static FileStatus? Of(SafeFileHandle handle)
    {
        if (s_statxMissing) return null;
        var buffer = new StatxBuffer();
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, BasicStats, ref buffer) == 0 ? From(buffer) : null;
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    private static FileStatus From(in StatxBuffer stat)
    {
        var kind = (stat.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device,
        };
        var length = (long)stat.Size;
        // The same stamp FileInfo gives (LastWriteTimeUtc.Ticks ^ Length), so indexes built before stay current.
        var modified = DateTime.UnixEpoch.Ticks + stat.MtimeSeconds * TimeSpan.TicksPerSecond + stat.MtimeNanoseconds / 100;
        return new FileStatus(kind, length, modified, ((ulong)stat.DevMajor << 32) | stat.DevMinor, stat.Inode);
    }

    private static FileStatus Managed(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is not null) return new FileStatus(FileKind.SymbolicLink, 0, 0, 0, 0);
        if (!info.Exists) return new FileStatus(FileKind.Missing, 0, 0, 0, 0);
        if (info is DirectoryInfo) return new FileStatus(FileKind.Folder, 0, 0, 0, 0);
        var file = (FileInfo)info;
        return new FileStatus(FileKind.Regular, file.Length, file.LastWriteTimeUtc.Ticks, 0, 0);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref StatxBuffer buffer);

    /// <summary>struct statx (linux/stat.h): 256 bytes, the same layout on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(112)] public long MtimeSeconds;
        [FieldOffset(120)] public uint MtimeNanoseconds;
        [FieldOffset(136)] public uint DevMajor;
        [FieldOffset(140)] public uint DevMinor;
    }
}
