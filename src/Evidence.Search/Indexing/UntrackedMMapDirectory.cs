using System.Reflection;
using System.Runtime.CompilerServices;
using Lucene.Net.Store;

namespace Evidence.Search.Indexing;

/// <summary>
/// Lucene's <see cref="MMapDirectory"/> without its table of clones. In Lucene.Net 4.8.0-beta00017 every clone or
/// slice of a memory-mapped input (each term lookup and postings list of every query makes one) is added to a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/> kept by the file's input, so that closing the file can unset the
/// clones' buffers: a port of Java's guard against reading an unmapped buffer. Each entry is a dependent GC handle;
/// under steady load they pile up, every collection scans them, and the service's gen-0 pauses grew minute by
/// minute (bench/README.md, "Clones of memory-mapped inputs"). Lucene.Net's later MMapDirectory has no such table;
/// this version has no option to turn it off, so it is taken off each input as the input is opened, by reflection on
/// the pinned package's private field. A compound file's slices come from an input opened here too, and clones copy
/// the (now empty) field. Reading a clone after its file is closed still fails safely: the clone's buffer is a view
/// whose accessor is disposed with the file, and reading it throws <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class UntrackedMMapDirectory(DirectoryInfo path, LockFactory lockFactory) : MMapDirectory(path, lockFactory)
{
    /// <summary>The private field, or null in a Lucene.Net without it: then inputs stay as Lucene made them (tests fail).</summary>
    private static readonly FieldInfo? Clones = typeof(ByteBufferIndexInput).GetField("clones", BindingFlags.Instance | BindingFlags.NonPublic);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (input is ByteBufferIndexInput) Clones?.SetValue(input, null);
        return input;
    }

    /// <summary>True when clones of <paramref name="input"/> are not tracked (for tests).</summary>
    public static bool IsUntracked(IndexInput input) => input is not ByteBufferIndexInput || Clones is not null && Clones.GetValue(input) is null;
}
