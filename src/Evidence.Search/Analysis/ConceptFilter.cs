using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Evidence.Search.Analysis;

/// <summary>
/// Adds a concept token after the first word of every vocabulary phrase it finds, as Lucene's SynonymFilter
/// does with <c>includeOrig</c> (same positions, offsets, position lengths and longest match first; a test
/// compares the two token for token). SynonymFilter captures the state of every token it reads, because any
/// token might begin a match; this filter looks a word up in the phrases' first words and passes it through
/// untouched unless a phrase can begin there. Most words begin no phrase, and analysis is most of a build.
/// </summary>
internal sealed class ConceptFilter : TokenFilter
{
    private const string SynonymType = "SYNONYM";

    private readonly ConceptPhrases _phrases;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly ITypeAttribute _type;

    // Tokens read ahead while trying a phrase and not yet matched from; tokens inside a match and the concepts
    // to emit after a phrase's first word wait in _pending.
    private readonly List<Lookahead> _ahead = [];
    private readonly Queue<Pending> _pending = new();
    private bool _inputDone;

    public ConceptFilter(TokenStream input, ConceptPhrases phrases)
        : base(input)
    {
        _phrases = phrases;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.TryDequeue(out var pending))
        {
            Emit(pending);
            return true;
        }

        ConceptPhrases.Node? node;
        if (_ahead.Count > 0)
        {
            var first = _ahead[0];
            _ahead.RemoveAt(0);
            RestoreState(first.State);
            node = _phrases.Start(first.Term);
        }
        else
        {
            if (_inputDone || !m_input.IncrementToken()) return false;
            node = _phrases.Start(_term.Buffer.AsSpan(0, _term.Length));
        }
        if (node is null) return true;

        var start = CaptureState();
        var startOffset = _offset.StartOffset;
        var (matched, outputs, endOffset) = node.Outputs is null ? (0, null, 0) : (1, node.Outputs, _offset.EndOffset);
        for (var next = 0; node.Children is not null; next++)
        {
            if (next == _ahead.Count && !ReadAhead()) break;
            node = node.Children.GetValueOrDefault(_ahead[next].Term);
            if (node is null) break;
            if (node.Outputs is not null) (matched, outputs, endOffset) = (next + 2, node.Outputs, _ahead[next].EndOffset);
        }

        RestoreState(start);
        if (outputs is null) return true;
        foreach (var output in outputs) _pending.Enqueue(new Pending(null, output, startOffset, endOffset, matched));
        // The other words of the match come out as they are and begin no match of their own.
        for (var i = 0; i < matched - 1; i++) _pending.Enqueue(new Pending(_ahead[i].State, null, 0, 0, 0));
        _ahead.RemoveRange(0, matched - 1);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _ahead.Clear();
        _pending.Clear();
        _inputDone = false;
    }

    private bool ReadAhead()
    {
        if (_inputDone || !m_input.IncrementToken())
        {
            _inputDone = true;
            return false;
        }
        _ahead.Add(new Lookahead(CaptureState(), _term.ToString(), _offset.EndOffset));
        return true;
    }

    private void Emit(Pending pending)
    {
        if (pending.State is not null)
        {
            RestoreState(pending.State);
            return;
        }
        ClearAttributes();
        _term.SetEmpty().Append(pending.Concept);
        _type.Type = SynonymType;
        _offset.SetOffset(pending.StartOffset, pending.EndOffset);
        _increment.PositionIncrement = 0;
        _length.PositionLength = pending.Length;
    }

    private readonly record struct Lookahead(State State, string Term, int EndOffset);

    private readonly record struct Pending(State? State, string? Concept, int StartOffset, int EndOffset, int Length);
}
