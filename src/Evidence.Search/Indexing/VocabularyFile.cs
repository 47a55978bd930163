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

    /// <summary>The corpus's vocabulary.yaml, or null when it cannot be read.</summary>
    public static VocabularyFile? Read(string corpusFolder)
    {
        try
        {
            return FromText(File.ReadAllText(Path.Combine(corpusFolder, CorpusLoader.VocabularyFileName)));
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static VocabularyFile FromText(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var errors = new List<CorpusError>();
        var vocabulary = CorpusLoader.ReadVocabulary(CorpusLoader.VocabularyFileName, bytes, errors);
        return new VocabularyFile(text, Convert.ToHexStringLower(SHA256.HashData(bytes)), vocabulary, errors);
    }
}
