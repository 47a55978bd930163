using System.Collections.Frozen;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Each record's citations, kept as long as the record object lives: a citation is a function of the record
    /// alone, and the index keeps decoded records per segment, so a source listed by every summary of a commit is
    /// formatted once, not once per request (formatting was a quarter of a summary's time: bench profile-summary).
    /// </summary>
    private static readonly ConditionalWeakTable<StudySummary, string?[]> Formatted = new();

    private static readonly int StyleCount = Enum.GetValues<CitationStyle>().Length;

    public static string Format(StudySummary source, CitationStyle style)
    {
        var kept = Formatted.GetValue(source, _ => new string?[StyleCount]);
        return kept[(int)style] ??= FormatterFor(style).Format(source);
    }

    public static string FormatList(IReadOnlyList<StudySummary> sources, CitationStyle style) => FormatterFor(style).FormatList(sources);

    /// <summary>What the source's citation in <paramref name="style"/> still needs before it can be published.</summary>
    public static CitationCompleteness Completeness(StudySummary source, CitationStyle style) => CompletenessRules.For(source, style);

    /// <summary>The citation and its completeness verdict, as the API and the page show them side by side.</summary>
    public static FormattedCitation Cite(StudySummary source, CitationStyle style) =>
        new(style, Format(source, style), Completeness(source, style));
}
