namespace Evidence.Corpus.Importing;

/// <summary>
/// The fields of one record of a tagged format (RIS, MEDLINE): each tag with its values in file order, and
/// the line the record starts on. Continuation lines extend the last value.
/// </summary>
internal sealed class TaggedRecord(int line)
{
    private readonly List<(string Tag, string Value)> _fields = [];

    public int Line { get; } = line;

    public bool IsEmpty => _fields.Count == 0;

    public void Add(string tag, string value) => _fields.Add((tag, value.Trim()));

    /// <summary>Adds a wrapped line to the last value; false when there is no value to continue.</summary>
    public bool Continue(string text)
    {
        if (_fields.Count == 0) return false;
        var (tag, value) = _fields[^1];
        _fields[^1] = (tag, value + " " + text.Trim());
        return true;
    }

    public string? First(params string[] tags)
    {
        foreach (var tag in tags)
        {
            foreach (var field in _fields)
            {
                if (field.Tag == tag && field.Value.Length > 0) return field.Value;
            }
        }
        return null;
    }

    public IEnumerable<string> All(string tag) =>
        _fields.Where(field => field.Tag == tag && field.Value.Length > 0).Select(field => field.Value);
}
