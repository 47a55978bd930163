using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Evidence.Search.Analysis;

/// <summary>
/// Ready-made concept tokens for a field value of their own (a source's annotated concepts): one position each, no
/// characters behind them (zero-width offsets), so they match and count like the concept tokens of the text but mark
/// nothing in a snippet.
/// </summary>
internal sealed class ConceptTokenStream : TokenStream
{
    private readonly IReadOnlyList<string> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private int _next;

    public ConceptTokenStream(IReadOnlyList<string> tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count) return false;
        ClearAttributes();
        _term.SetEmpty().Append(_tokens[_next++]);
        _offset.SetOffset(0, 0);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
