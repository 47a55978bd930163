using System.Diagnostics;

namespace Evidence.Service.Tests;

/// <summary>
/// A fact that only means something for a user whose file permissions are enforced: root reads a chmod 000
/// folder anyway, so under root the test is skipped with that reason instead of passing vacuously.
/// </summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "chmod 000 is a Unix permission test";
        else if (Environment.UserName == "root" || Tmpfs.EffectiveUserIsRoot()) Skip = "runs as root, and chmod 000 does not stop root from reading the corpus folder";
    }
}

/// <summary>A fact that needs a small tmpfs to fill up (Linux, root, mount allowed); skipped with the reason otherwise.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable() is { } reason) Skip = reason;
    }
}

/// <summary>A real small file system (mount -t tmpfs -o size=…), to fill the index's disk for real.</summary>
public sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> Probe = new(() =>
    {
        if (!OperatingSystem.IsLinux()) return "needs Linux tmpfs";
        using var probe = TryMount(1);
        return probe is null ? "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)" : null;
    });

    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    public static string? Unavailable() => Probe.Value;

    public static bool EffectiveUserIsRoot() => OperatingSystem.IsLinux() && File.Exists("/proc/self/status") &&
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?.Split('\t', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) == "0";

    public static Tmpfs? TryMount(int megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evidence-tmpfs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path)) return new Tmpfs(path);
        Directory.Delete(path);
        return null;
    }

    /// <summary>Writes a filler file until the file system refuses with "No space left on device".</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        var chunk = new byte[64 * 1024];
        foreach (var size in new[] { chunk.Length, 4096, 1 })
        {
            for (var i = 0; i < 100_000; i++)
            {
                try
                {
                    stream.Write(chunk, 0, size);
                    stream.Flush();
                }
                catch (IOException)
                {
                    break;
                }
            }
        }
        return filler;
    }

    private static bool Run(string file, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            if (!process.WaitForExit(10_000)) return false;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left under the temp folder.
        }
    }
}
