using System.Text.RegularExpressions;

namespace Evidence.Corpus.Model;

/// <summary>
/// Source and concept ids: lower-case letters, digits and single hyphens, at most 100 characters. An id that
/// passes can be used as a file name; nothing else a user sends ever becomes a path.
/// </summary>
public static partial class SourceId
{
    public const int MaxLength = 100;

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex Pattern();

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);
}
