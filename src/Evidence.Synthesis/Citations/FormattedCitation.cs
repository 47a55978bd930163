namespace Evidence.Synthesis.Citations;

/// <summary>A citation in one style with what it still needs; never show <see cref="Text"/> as ready unless <see cref="Completeness"/> is.</summary>
public sealed record FormattedCitation(CitationStyle Style, string Text, CitationCompleteness Completeness);
