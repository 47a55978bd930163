using System.Text.RegularExpressions;

namespace Evidence.Service.Indexing;

/// <summary>
/// Takes absolute paths out of messages before they reach a response: the corpus folder's own files become paths
/// relative to it, the corpus and index folders are named by role, and any other absolute path (a disk, a temporary
/// folder, a link's target) becomes "[path]". Exceptions from the file system and from Lucene name full paths.
/// </summary>
public sealed partial class PathRedaction(string corpusPath, string indexPath)
{
    private readonly string _corpus = Path.TrimEndingDirectorySeparator(corpusPath);
    private readonly string _index = Path.TrimEndingDirectorySeparator(indexPath);

    public string Redact(string message)
    {
        var text = message.Replace(_corpus + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(_index, "the index folder", StringComparison.Ordinal)
            .Replace(_corpus, "the corpus folder", StringComparison.Ordinal);
        return AbsolutePath().Replace(text, "[path]");
    }

    // A slash-rooted or drive-rooted path after a start, space, quote, bracket or equals sign, up to the next space or quote.
    [GeneratedRegex("""(?<=^|[\s'"(\[=])(?:/|[A-Za-z]:\\)[^\s'"]*""")]
    private static partial Regex AbsolutePath();
}
