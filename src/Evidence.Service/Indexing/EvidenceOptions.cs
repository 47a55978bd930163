using System.ComponentModel.DataAnnotations;

namespace Evidence.Service.Indexing;

/// <summary>
/// Where the corpus and the index live, and how eagerly the worker reacts. Empty paths mean the bundled
/// corpus (the repository's corpus/ folder) and an ignored .index/ folder beside it.
/// </summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    public string CorpusPath { get; set; } = "";

    public string IndexPath { get; set; } = "";

    /// <summary>How long to gather file events before applying them, so one save is one pass.</summary>
    [Range(0, 5_000)]
    public int DebounceMilliseconds { get; set; } = 50;

    /// <summary>A full re-scan this often catches anything the file watcher missed.</summary>
    [Range(1, 86_400)]
    public int RescanSeconds { get; set; } = 30;

    /// <summary>
    /// How many recent search responses of the default page size (20 hits) to keep (<see cref="Search.SearchCache"/>);
    /// a larger page counts as several. 0 turns the cache off.
    /// </summary>
    [Range(0, 100_000)]
    public int SearchCacheEntries { get; set; } = 512;
}
