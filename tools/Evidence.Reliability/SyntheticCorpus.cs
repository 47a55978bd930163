using System.Security.Cryptography;
using Evidence.Testing;

namespace Evidence.Reliability;

/// <summary>
/// A generated corpus of synthetic sources (titles "Fixture …", DOIs under the 10.5555 test prefix) in a
/// temporary folder, with the version of each file it wrote, so a run can check what the index must hold.
/// </summary>
public sealed class SyntheticCorpus : IDisposable
{
    private static readonly string[] Designs = ["randomised-controlled-trial", "cohort", "case-series", "systematic-review"];
    private static readonly (string Condition, string Outcome)[] Topics =
        [("acne-scars", "scar-appearance"), ("striae-distensae", "striae-appearance"), ("androgenetic-alopecia", "hair-count")];

    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _hashes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _nextId;

    public SyntheticCorpus(int files, string? root = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), "evidence-reliability", Guid.NewGuid().ToString("N"));
        CorpusPath = Path.Combine(Root, "corpus");
        IndexPath = Path.Combine(Root, "index");
        Directory.CreateDirectory(Path.Combine(CorpusPath, "sources"));
        File.WriteAllText(Path.Combine(CorpusPath, "vocabulary.yaml"), TestCorpus.Vocabulary);
        for (var i = 0; i < files; i++) Add();
    }

    public string Root { get; }

    public string CorpusPath { get; }

    public string IndexPath { get; }

    public IReadOnlyList<string> Ids
    {
        get
        {
            lock (_gate) return [.. _versions.Keys];
        }
    }

    public string RelativePath(string id) => $"sources/{id}.yaml";

    public string FullPath(string id) => Path.Combine(CorpusPath, "sources", id + ".yaml");

    public static string Title(string id, int version) => $"Fixture {id} version {version}";

    public int VersionOf(string id)
    {
        lock (_gate) return _versions.GetValueOrDefault(id);
    }

    /// <summary>True when <paramref name="hash"/> is the hash of some version this corpus wrote for the file.</summary>
    public bool WroteHash(string relativePath, string hash)
    {
        lock (_gate) return _hashes.TryGetValue(relativePath, out var known) && known.Contains(hash);
    }

    public string Add()
    {
        string id;
        lock (_gate) id = $"fixture-{_nextId++:D5}";
        Write(id, 1);
        return id;
    }

    public void Edit(string id) => Write(id, VersionOf(id) + 1);

    public void Delete(string id)
    {
        lock (_gate) _versions.Remove(id);
        File.Delete(FullPath(id));
    }

    private void Write(string id, int version)
    {
        var number = int.Parse(id.AsSpan(id.LastIndexOf('-') + 1), System.Globalization.CultureInfo.InvariantCulture);
        var (condition, outcome) = Topics[number % Topics.Length];
        var yaml = TestCorpus.Source(id, Title(id, version), 2000 + number % 25, Designs[number % Designs.Length],
            [condition], ["microneedling"], [(condition, outcome, "improved", $"Synthetic effect {number} at version {version}.")], [("erythema", "Transient")]);
        var bytes = System.Text.Encoding.UTF8.GetBytes(yaml);
        lock (_gate)
        {
            _versions[id] = version;
            if (!_hashes.TryGetValue(RelativePath(id), out var known)) _hashes[RelativePath(id)] = known = [];
            known.Add(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        File.WriteAllBytes(FullPath(id), bytes);
    }

    /// <summary>Relative path → SHA-256 of what is on disk now, as the indexer hashes it.</summary>
    public Dictionary<string, string> CurrentHashes() =>
        Directory.EnumerateFiles(Path.Combine(CorpusPath, "sources"), "*.yaml")
            .ToDictionary(p => "sources/" + Path.GetFileName(p), p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left under the temp folder.
        }
    }
}
