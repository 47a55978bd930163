using System.Security.Cryptography;
using System.Text;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Search.Indexing;

/// <summary>
/// A corpus's vocabulary.yaml as read: its text (saved with each commit, see <see cref="EvidenceIndex.StoredVocabulary"/>),
/// the hash that tells an index built with it, the concepts, and the errors that make it unusable.
/// </summary>
internal sealed record VocabularyFile(string Text, string Hash, ConceptVocabulary Vocabulary, IReadOnlyList<CorpusError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The corpus's vocabulary.yaml, read through the corpus gate (a link is refused), or null when it cannot be read.</summary>
    public static VocabularyFile? Read(CorpusFolder corpus)
    {
        var file = corpus.Read(Path.Combine(corpus.Root, CorpusLoader.VocabularyFileName));
        if (file.Error is not null) return null;
        // As File.ReadAllText: a byte-order mark is not part of the text (nor of its hash).
        var bytes = file.Bytes!.AsSpan();
        return FromText(Encoding.UTF8.GetString(bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes));
    }

    public static VocabularyFile FromText(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var errors = new List<CorpusError>();
        var vocabulary = CorpusLoader.ReadVocabulary(CorpusLoader.VocabularyFileName, bytes, errors);
        return new VocabularyFile(text, Convert.ToHexStringLower(SHA256.HashData(bytes)), vocabulary, errors);
    }
}
