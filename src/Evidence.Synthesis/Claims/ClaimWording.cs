using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Claims;

/// <summary>Concept labels and counts in the words a reason uses.</summary>
internal sealed class ClaimWording(ConceptVocabulary vocabulary)
{
    public string Label(string? id) => id is null ? "" : vocabulary.Find(id)?.Label.ToLowerInvariant() ?? id.Replace('-', ' ');

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    public static int Sources(IEnumerable<ClaimItem> evidence) => evidence.Select(e => e.SourceId).Distinct(StringComparer.Ordinal).Count();

    public static string Designs(IEnumerable<ClaimItem> evidence) =>
        string.Join(", ", evidence.DistinctBy(e => e.SourceId, StringComparer.Ordinal).GroupBy(e => e.Design).OrderBy(g => EvidenceLevel.DefaultFor(g.Key))
            .Select(g => $"{g.Count()} × {Names<StudyDesign>.Label(g.Key).ToLowerInvariant()}"));

    /// <summary>"3 findings from 2 sources (1 × randomised controlled trial, 1 × case series; best level 2)".</summary>
    public static string Summary(IReadOnlyCollection<ClaimItem> evidence, string noun) =>
        $"{Count(evidence.Count, noun)} from {Count(Sources(evidence), "source")} ({Designs(evidence)}; best level {evidence.Min(e => e.Level)})";
}
