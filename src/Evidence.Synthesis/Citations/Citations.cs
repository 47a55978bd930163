using System.Collections.Frozen;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>The entry point: formats a source or a reference list in any <see cref="CitationStyle"/>.</summary>
public static class Citations
{
    private static readonly FrozenDictionary<CitationStyle, ICitationFormatter> FormatterByStyle =
        new ICitationFormatter[]
        {
            new AmaFormatter(),
            new ApaFormatter(),
            new VancouverFormatter(),
            new BibtexFormatter(),
            new RisFormatter(),
            new CslJsonFormatter(),
        }.ToFrozenDictionary(formatter => formatter.Style);

    public static ICitationFormatter FormatterFor(CitationStyle style) => FormatterByStyle[style];

    public static string Format(StudySummary source, CitationStyle style) => FormatterFor(style).Format(source);

    public static string FormatList(IReadOnlyList<StudySummary> sources, CitationStyle style) => FormatterFor(style).FormatList(sources);

    /// <summary>What the source's citation in <paramref name="style"/> still needs before it can be published.</summary>
    public static CitationCompleteness Completeness(StudySummary source, CitationStyle style) => CompletenessRules.For(source, style);

    /// <summary>The citation and its completeness verdict, as the API and the page show them side by side.</summary>
    public static FormattedCitation Cite(StudySummary source, CitationStyle style) =>
        new(style, Format(source, style), Completeness(source, style));
}
