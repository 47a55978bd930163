using Evidence.Corpus.Vocabulary;

namespace Evidence.Synthesis.Claims;

/// <summary>A run of claim words that names a vocabulary concept.</summary>
internal sealed record ConceptSpan(int Start, int End, Concept Concept, string Matched)
{
    public bool Is(ConceptKind kind) => Concept.Kinds.Contains(kind);

    public RecognisedConcept Recognised => new(Concept.Id, Concept.Label, Matched);
}

/// <summary>
/// Finds vocabulary terms (labels, clinical and lay synonyms, ids) in a claim: longest, leftmost, non-overlapping.
/// A term the grammar reads as a judgement of safety ("safe", "harmless") is not a concept here: the vocabulary may give
/// it to a harm concept so that a search "is X safe" asks about harms, but a claim "X is safe" judges harms against
/// benefits (<see cref="ClaimLexicon.JudgesSafety"/>).
/// </summary>
internal sealed class ConceptMatcher(ConceptVocabulary vocabulary)
{
    private readonly Lazy<List<(string[] Words, Concept Concept)>> _terms = new(() =>
        [.. vocabulary.Concepts
            .SelectMany(concept => concept.AllTerms.Append(concept.Id.Replace('-', ' ')).Select(term => (Words: ClaimText.Words(term), Concept: concept)))
            .Where(t => t.Words.Length > 0 && !ClaimLexicon.JudgesSafety(t.Words))
            .OrderByDescending(t => t.Words.Length)]);

    /// <summary>Words that join two treatments into one: "with", "plus", "applied during", "delivered by", "on top of".</summary>
    private static readonly HashSet<string> Joins = new(ClaimText.Words(
        "with plus and combined together alongside added to combination in a the applied during delivered by via through using on top of after"), StringComparer.Ordinal);

    public List<ConceptSpan> Match(ClaimWord[] words)
    {
        var keys = words.Select(w => w.Key).ToArray();
        var taken = new bool[keys.Length];
        var spans = new List<ConceptSpan>();
        foreach (var (termWords, concept) in _terms.Value)
        {
            for (var i = 0; i + termWords.Length <= keys.Length; i++)
            {
                if (!Enumerable.Range(0, termWords.Length).All(k => keys[i + k] == termWords[k] && !taken[i + k])) continue;
                for (var k = 0; k < termWords.Length; k++) taken[i + k] = true;
                spans.Add(new ConceptSpan(i, i + termWords.Length, concept, string.Join(' ', words[i..(i + termWords.Length)].Select(w => w.Text))));
            }
        }
        return Refine(Combine([.. spans.OrderBy(s => s.Start)], words), words);
    }

    /// <summary>
    /// "microneedling at home", "dermarollers used at home": a word next to a treatment that names exactly one of its
    /// direct variants (and none of the treatment's own terms) narrows the treatment to that variant.
    /// </summary>
    private List<ConceptSpan> Refine(List<ConceptSpan> spans, ClaimWord[] words)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (!span.Is(ConceptKind.Intervention)) continue;
            var own = TermWords(span.Concept);
            var variants = vocabulary.DirectVariants(span.Concept.Id).Where(id => id != span.Concept.Id).Select(vocabulary.Find).OfType<Concept>().ToList();
            if (variants.Count == 0) continue;
            var from = Math.Max(i > 0 ? spans[i - 1].End : 0, span.Start - 3);
            var to = Math.Min(i + 1 < spans.Count ? spans[i + 1].Start : words.Length, span.End + 3);
            var modifiers = Enumerable.Range(from, to - from).Where(k => k < span.Start || k >= span.End)
                .Where(k => !ClaimLexicon.IsFiller(words[k].Key) && !own.Contains(words[k].Key)).ToList();
            foreach (var k in modifiers)
            {
                var named = variants.Where(v => TermWords(v).Contains(words[k].Key)).ToList();
                if (named.Count != 1) continue;
                var (start, end) = (Math.Min(k, span.Start), Math.Max(k + 1, span.End));
                spans[i] = new ConceptSpan(start, end, named[0], string.Join(' ', words[start..end].Select(w => w.Text)));
                break;
            }
        }
        return spans;
    }

    private static HashSet<string> TermWords(Concept concept) =>
        concept.AllTerms.SelectMany(ClaimText.Words).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "microneedling with PRP", "exercise plus a brace": a treatment, a connector and a second treatment name the
    /// combination concept whose parent is the first and which adds the second (vocabulary <c>adds</c>).
    /// </summary>
    private List<ConceptSpan> Combine(List<ConceptSpan> spans, ClaimWord[] words)
    {
        for (var i = 0; i + 1 < spans.Count; i++)
        {
            var (first, second) = (spans[i], spans[i + 1]);
            if (!first.Is(ConceptKind.Intervention) || !second.Is(ConceptKind.Intervention)) continue;
            var between = words[first.End..second.Start].Select(w => w.Key).ToArray();
            if (between.Length is 0 or > 4 || !between.All(Joins.Contains)) continue;
            var added = vocabulary.SelfAndDescendants(second.Concept.Id).ToHashSet(StringComparer.Ordinal);
            var combination = vocabulary.Concepts.FirstOrDefault(c => c.Parent == first.Concept.Id && c.Adds.Any(added.Contains))
                ?? vocabulary.Concepts.FirstOrDefault(c => c.Parent == second.Concept.Id && c.Adds.Contains(first.Concept.Id));
            if (combination is null) continue;
            spans[i] = new ConceptSpan(first.Start, second.End, combination, string.Join(' ', words[first.Start..second.End].Select(w => w.Text)));
            spans.RemoveAt(i + 1);
        }
        return spans;
    }
}
