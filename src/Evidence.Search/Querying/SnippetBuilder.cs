using System.Net;
using System.Text;
using Evidence.Corpus.Model;
using Evidence.Search.Analysis;
using Evidence.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Evidence.Search.Querying;

/// <summary>
/// Picks the passage of a source that best matches the query and marks the matched words. Written by hand
/// because Lucene.Net.Highlighter is not available here. A hit's matches come from the offsets the index keeps in the
/// postings of its combined text (<see cref="StoredMatches"/>, the approach of Lucene's PostingsHighlighter), so
/// nothing is analysed per hit; a concept token's offsets span the whole phrase it came from ("stretch marks" for
/// striae distensae). Text that is not in the index is analysed with the index's own chain instead (<see cref="Build"/>).
/// The result is HTML: the text is escaped and matches are wrapped in &lt;mark&gt;.
/// </summary>
public static class SnippetBuilder
{
    public const int Length = 220;

    /// <summary>The order passages are tried in: what the annotator wrote first, the title last.</summary>
    private static readonly TextPart[] Preference = [TextPart.Summary, TextPart.Finding, TextPart.KeyPoint, TextPart.Abstract, TextPart.Title];

    /// <summary>The snippet of <paramref name="passages"/>, analysing each with <paramref name="analyzer"/>.</summary>
    public static string? Build(Analyzer analyzer, IReadOnlySet<string> queryTerms, IEnumerable<string?> passages) =>
        Choose(queryTerms, passages.Where(p => !string.IsNullOrWhiteSpace(p)).Select(passage => (passage!, (Func<List<(int, int)>>)(() =>
            queryTerms.Count == 0 ? [] : Spans(AnalyzedText.Tokens(analyzer, "snippet", passage!)
                .Where(token => queryTerms.Contains(token.Term))
                .Select(token => (token.Start, token.End)))))));

    /// <summary>
    /// The character spans of the query's terms in each hit's <see cref="IndexFields.Text"/> field, read from the
    /// offsets its postings keep (<see cref="SummaryDocument"/>): one pass over each term's postings per segment,
    /// advancing through the hits in document order. Null when the index keeps no offsets for the field.
    /// </summary>
    public static Dictionary<int, List<(int Start, int End)>>? StoredMatches(IndexReader reader, IReadOnlyList<int> docs, IReadOnlySet<string> queryTerms)
    {
        var matches = docs.Distinct().ToDictionary(doc => doc, _ => new List<(int Start, int End)>());
        var leaves = reader.Leaves;
        foreach (var group in matches.Keys.GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var info = leaf.AtomicReader.FieldInfos.FieldInfo(IndexFields.Text);
            if (info is null) continue;
            if (info.IndexOptions != IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) return null;
            var terms = leaf.AtomicReader.GetTerms(IndexFields.Text)?.GetEnumerator();
            if (terms is null) continue;
            var inLeaf = group.Select(doc => doc - leaf.DocBase).Order().ToList();
            // One postings reader per segment, reused from term to term (each allocates buffers of its own).
            DocsAndPositionsEnum? postings = null;
            foreach (var term in queryTerms)
            {
                if (!terms.SeekExact(new BytesRef(term))) continue;
                postings = terms.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
                if (postings is null) continue;
                foreach (var doc in inLeaf)
                {
                    if (postings.DocID < doc && postings.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (postings.DocID != doc) continue;
                    var spans = matches[doc + leaf.DocBase];
                    for (var i = 0; i < postings.Freq; i++)
                    {
                        postings.NextPosition();
                        spans.Add((postings.StartOffset, postings.EndOffset));
                    }
                }
            }
        }
        return matches;
    }

    /// <summary>
    /// The snippet of an indexed source from the spans <see cref="StoredMatches"/> found in its combined text: each
    /// span is placed in the part of <see cref="SummaryDocument.AllText"/> it falls in.
    /// </summary>
    public static string? FromStoredMatches(StudySummary summary, IReadOnlyList<(int Start, int End)> offsets, IReadOnlySet<string> queryTerms)
    {
        var parts = new List<(TextPart Part, string Text, int Start)>();
        var start = 0;
        foreach (var (part, text) in SummaryDocument.TextParts(summary))
        {
            parts.Add((part, text, start));
            start += text.Length + 1;
        }
        var ordered = Preference.SelectMany(kind => parts.Where(p => p.Part == kind));
        // Ordered once for the whole text rather than per passage: a passage's spans keep that order.
        var spans = Spans(offsets);
        return Choose(queryTerms, ordered.Select(p => (p.Text, (Func<List<(int, int)>>)(() =>
            [.. spans.Where(o => o.Start >= p.Start && o.End <= p.Start + p.Text.Length).Select(o => (o.Start - p.Start, o.End - p.Start))]))));
    }

    private static List<(int Start, int End)> Spans(IEnumerable<(int Start, int End)> matches) => [.. matches.Distinct().OrderBy(span => span.Start)];

    /// <summary>The passage (in the order given) whose best window holds the most distinct matches, rendered.</summary>
    private static string? Choose(IReadOnlySet<string> queryTerms, IEnumerable<(string Passage, Func<List<(int Start, int End)>> Matches)> passages)
    {
        string? best = null;
        List<(int Start, int End)>? bestMatches = null;
        var bestWindow = 0;
        var bestScore = -1;
        // A passage that already shows this many distinct matches is good enough: the later passages (the
        // abstract above all) are not looked at.
        var enough = Math.Clamp(queryTerms.Count(term => !ConceptTokens.IsConcept(term)), 1, 3);
        foreach (var (passage, find) in passages)
        {
            var matches = find();
            var (window, score) = BestWindow(passage, matches);
            if (score > bestScore)
            {
                (best, bestMatches, bestWindow, bestScore) = (passage, matches, window, score);
            }
            if (queryTerms.Count == 0 || bestScore >= enough) break;
        }
        return best is null ? null : Render(best, bestMatches!, bestWindow);
    }

    /// <summary>The window start holding the most distinct matches (matches in order of their start).</summary>
    private static (int Start, int Score) BestWindow(string passage, List<(int Start, int End)> matches)
    {
        if (matches.Count == 0) return (0, 0);
        var words = WordNumbers(passage, matches);
        var inWindow = new bool[matches.Count];
        var bestStart = matches[0].Start;
        var bestScore = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            var start = matches[first].Start;
            // A window starts at a match; a later match starting at the same place has the same window.
            if (first > 0 && matches[first - 1].Start == start) continue;
            Array.Clear(inWindow);
            var score = 0;
            for (var i = first; i < matches.Count && matches[i].Start < start + Length; i++)
            {
                if (matches[i].End > start + Length || inWindow[words[i]]) continue;
                inWindow[words[i]] = true;
                score++;
            }
            if (score > bestScore) (bestStart, bestScore) = (start, score);
        }
        // Start a little before the first match, at a word boundary, so it reads in context.
        var from = Math.Max(0, bestStart - 40);
        while (from > 0 && !char.IsWhiteSpace(passage[from - 1])) from--;
        return (from, bestScore);
    }

    /// <summary>Each match's words as a number, the same for the same words in any case (a string only for each distinct one).</summary>
    private static int[] WordNumbers(string passage, List<(int Start, int End)> matches)
    {
        var numbers = new Dictionary<string, int>(matches.Count, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new int[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var word = passage.AsSpan(matches[i].Start, matches[i].End - matches[i].Start);
            if (!numbers.TryGetValue(word, out words[i]))
            {
                words[i] = numbers.Dictionary.Count;
                numbers[word] = words[i];
            }
        }
        return words;
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
