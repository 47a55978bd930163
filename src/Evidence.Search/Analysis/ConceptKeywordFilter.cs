using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Evidence.Search.Analysis;

/// <summary>
/// Marks concept tokens as keywords so the stemmer leaves them alone. A prefix test on the term buffer: the
/// PatternKeywordMarkerFilter it replaces built a string and ran a regular expression for every token of
/// every indexed field and snippet.
/// </summary>
internal sealed class ConceptKeywordFilter : KeywordMarkerFilter
{
    private readonly ICharTermAttribute _term;

    public ConceptKeywordFilter(TokenStream input)
        : base(input)
    {
        _term = GetAttribute<ICharTermAttribute>();
    }

    protected override bool IsKeyword()
    {
        var prefix = ConceptTokens.Prefix;
        if (_term.Length < prefix.Length) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (buffer[i] != prefix[i]) return false;
        }
        return true;
    }
}
