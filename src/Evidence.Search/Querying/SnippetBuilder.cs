using System.Net;
using System.Text;
using Evidence.Search.Analysis;
using Lucene.Net.Analysis;

namespace Evidence.Search.Querying;

/// <summary>
/// Picks the passage of a source that best matches the query and marks the matched words. Written by hand
/// because Lucene.Net.Highlighter is not available here; it analyses the passage with the index's own chain,
/// so a concept token marks the whole phrase it came from ("stretch marks" for striae distensae).
/// The result is HTML: the text is escaped and matches are wrapped in &lt;mark&gt;.
/// </summary>
public static class SnippetBuilder
{
    public const int Length = 220;

    public static string? Build(Analyzer analyzer, IReadOnlySet<string> queryTerms, IEnumerable<string?> passages)
    {
        string? best = null;
        List<(int Start, int End)>? bestMatches = null;
        var bestWindow = 0;
        var bestScore = -1;
        // A passage that already shows this many distinct matches is good enough: the later passages (the
        // abstract above all) are not analysed, which is most of a snippet's cost.
        var enough = Math.Clamp(queryTerms.Count(term => !ConceptTokens.IsConcept(term)), 1, 3);
        foreach (var passage in passages)
        {
            if (string.IsNullOrWhiteSpace(passage)) continue;
            var matches = queryTerms.Count == 0 ? [] : AnalyzedText.Tokens(analyzer, "snippet", passage)
                .Where(token => queryTerms.Contains(token.Term))
                .Select(token => (token.Start, token.End))
                .Distinct()
                .OrderBy(span => span.Start)
                .ToList();
            var (window, score) = BestWindow(passage, matches);
            if (score > bestScore)
            {
                (best, bestMatches, bestWindow, bestScore) = (passage, matches, window, score);
            }
            if (queryTerms.Count == 0 || bestScore >= enough) break;
        }
        return best is null ? null : Render(best, bestMatches!, bestWindow);
    }

    /// <summary>The window start holding the most distinct matches.</summary>
    private static (int Start, int Score) BestWindow(string passage, List<(int Start, int End)> matches)
    {
        if (matches.Count == 0) return (0, 0);
        var bestStart = matches[0].Start;
        var bestScore = 0;
        foreach (var (start, _) in matches)
        {
            var score = matches.Where(m => m.Start >= start && m.End <= start + Length)
                .Select(m => passage[m.Start..m.End].ToLowerInvariant()).Distinct().Count();
            if (score > bestScore) (bestStart, bestScore) = (start, score);
        }
        // Start a little before the first match, at a word boundary, so it reads in context.
        var from = Math.Max(0, bestStart - 40);
        while (from > 0 && !char.IsWhiteSpace(passage[from - 1])) from--;
        return (from, bestScore);
    }

    private static string Render(string passage, List<(int Start, int End)> matches, int from)
    {
        var to = Math.Min(passage.Length, from + Length);
        while (to < passage.Length && !char.IsWhiteSpace(passage[to]) && to - from < Length + 30) to++;
        var html = new StringBuilder();
        if (from > 0) html.Append("… ");
        var cursor = from;
        foreach (var (start, end) in matches)
        {
            if (start < cursor || end > to) continue;
            html.Append(WebUtility.HtmlEncode(passage[cursor..start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(passage[start..end])).Append("</mark>");
            cursor = end;
        }
        html.Append(WebUtility.HtmlEncode(passage[cursor..to]));
        if (to < passage.Length) html.Append(" …");
        return html.ToString();
    }
}
