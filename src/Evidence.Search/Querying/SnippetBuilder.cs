using System.Buffers;
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
        // Lazy: a passage is analysed only when the ones before it did not show enough matches.
        Choose(queryTerms, passages.Where(p => !string.IsNullOrWhiteSpace(p)).Select(passage => new Passage(passage!,
            queryTerms.Count == 0 ? [] : Spans(AnalyzedText.Tokens(analyzer, "snippet", passage!)
                .Where(token => queryTerms.Contains(token.Term))
                .Select(token => (token.Start, token.End)).ToArray()), 0)));

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
    /// passage's matches are the run of the sorted spans that falls in its part of <see cref="SummaryDocument.AllText"/>.
    /// </summary>
    public static string? FromStoredMatches(StudySummary summary, List<(int Start, int End)> offsets, IReadOnlySet<string> queryTerms)
    {
        var spans = Spans(offsets.ToArray());
        return Choose(queryTerms, InPreferenceOrder(summary).Select(part => new Passage(part.Text, Within(spans, part.Start, part.Start + part.Text.Length), part.Start)));
    }

    /// <summary>The parts of a summary's combined text, each with where it starts there, in <see cref="Preference"/>'s order.</summary>
    private static IEnumerable<(string Text, int Start)> InPreferenceOrder(StudySummary summary)
    {
        var parts = new List<(TextPart Part, string Text, int Start)>();
        var start = 0;
        foreach (var (part, text) in SummaryDocument.TextParts(summary))
        {
            parts.Add((part, text, start));
            start += text.Length + 1;
        }
        foreach (var kind in Preference)
            foreach (var (part, text, at) in parts)
                if (part == kind) yield return (text, at);
    }

    /// <summary>The spans (sorted by start) that lie wholly in [from, to): a run of them, as spans never cross two parts.</summary>
    private static ArraySegment<(int Start, int End)> Within(ArraySegment<(int Start, int End)> spans, int from, int to)
    {
        var first = 0;
        while (first < spans.Count && spans[first].Start < from) first++;
        var end = first;
        while (end < spans.Count && spans[end].Start < to) end++;
        var run = spans[first..end];
        foreach (var span in run)
        {
            // A span reaching past its part cannot come from the index; kept out as the analysis would keep it out.
            if (span.End > to) return new ArraySegment<(int Start, int End)>([.. run.Where(s => s.End <= to)]);
        }
        return run;
    }

    /// <summary>
    /// Matches in order of their start, the longer first where two start together (a concept's whole phrase before
    /// its first word), each once.
    /// </summary>
    private static ArraySegment<(int Start, int End)> Spans((int Start, int End)[] matches)
    {
        matches.AsSpan().Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var count = 0;
        foreach (var match in matches)
            if (count == 0 || matches[count - 1] != match) matches[count++] = match;
        return new ArraySegment<(int Start, int End)>(matches, 0, count);
    }

    /// <summary>A passage and its matches, sorted by start; a match is at <c>match - Shift</c> in <see cref="Text"/>.</summary>
    private readonly record struct Passage(string Text, ArraySegment<(int Start, int End)> Matches, int Shift)
    {
        public int Start(int i) => Matches[i].Start - Shift;

        public int End(int i) => Matches[i].End - Shift;

        public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Start(i), End(i) - Start(i));
    }

    /// <summary>The passage (in the order given) whose best window holds the most distinct matches, rendered.</summary>
    private static string? Choose(IReadOnlySet<string> queryTerms, IEnumerable<Passage> passages)
    {
        Passage? best = null;
        var bestWindow = 0;
        var bestScore = -1;
        // A passage that already shows this many distinct matches is good enough: the later passages (the
        // abstract above all) are not looked at.
        var enough = Math.Clamp(queryTerms.Count(term => !ConceptTokens.IsConcept(term)), 1, 3);
        foreach (var passage in passages)
        {
            var (window, score) = BestWindow(passage);
            if (score > bestScore)
            {
                (best, bestWindow, bestScore) = (passage, window, score);
            }
            if (queryTerms.Count == 0 || bestScore >= enough) break;
        }
        return best is { } chosen ? Render(chosen, bestWindow) : null;
    }

    /// <summary>The window start holding the most distinct matches.</summary>
    private static (int Start, int Score) BestWindow(Passage passage)
    {
        var count = passage.Matches.Count;
        if (count == 0) return (0, 0);
        var words = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var distinct = WordNumbers(passage, words);
            Span<bool> inWindow = distinct <= 256 ? stackalloc bool[distinct] : new bool[distinct];
            var bestStart = passage.Start(0);
            var bestScore = 0;
            for (var first = 0; first < count; first++)
            {
                var start = passage.Start(first);
                // A window starts at a match; a later match starting at the same place has the same window.
                if (first > 0 && passage.Start(first - 1) == start) continue;
                inWindow.Clear();
                var score = 0;
                for (var i = first; i < count && passage.Start(i) < start + Length; i++)
                {
                    if (passage.End(i) > start + Length || inWindow[words[i]]) continue;
                    inWindow[words[i]] = true;
                    score++;
                }
                if (score > bestScore) (bestStart, bestScore) = (start, score);
            }
            // Start a little before the first match, at a word boundary, so it reads in context.
            var from = Math.Max(0, bestStart - 40);
            while (from > 0 && !char.IsWhiteSpace(passage.Text[from - 1])) from--;
            return (from, bestScore);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(words);
        }
    }

    /// <summary>
    /// Each match's words as a number, the same for the same words in any case; returns how many distinct ones there
    /// are. A match is compared with the first match of each number so far: a passage matches a handful of distinct words.
    /// </summary>
    private static int WordNumbers(Passage passage, int[] words)
    {
        var count = passage.Matches.Count;
        var firsts = ArrayPool<int>.Shared.Rent(count);
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            var word = passage.Word(i);
            var number = 0;
            while (number < distinct && !word.Equals(passage.Word(firsts[number]), StringComparison.OrdinalIgnoreCase)) number++;
            if (number == distinct) firsts[distinct++] = i;
            words[i] = number;
        }
        ArrayPool<int>.Shared.Return(firsts);
        return distinct;
    }

    private static string Render(Passage passage, int from)
    {
        var text = passage.Text;
        var to = Math.Min(text.Length, from + Length);
        while (to < text.Length && !char.IsWhiteSpace(text[to]) && to - from < Length + 30) to++;
        var html = new StringBuilder(to - from + 64);
        if (from > 0) html.Append("… ");
        var cursor = from;
        for (var i = 0; i < passage.Matches.Count; i++)
        {
            var (start, end) = (passage.Start(i), passage.End(i));
            if (start < cursor || end > to) continue;
            html.Append(WebUtility.HtmlEncode(text[cursor..start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            cursor = end;
        }
        html.Append(WebUtility.HtmlEncode(text[cursor..to]));
        if (to < text.Length) html.Append(" …");
        return html.ToString();
    }
}
