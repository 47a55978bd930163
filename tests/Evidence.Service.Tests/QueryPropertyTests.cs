using Evidence.Search;
using Evidence.Search.Querying;
using Evidence.Service.Search;
using Evidence.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evidence.Service.Tests;

/// <summary>Text built from query-syntax fragments, control characters, RTL and ordinary words, to attack the query path.</summary>
public sealed record HostileText(string Value)
{
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
}

public static class HostileArbitraries
{
    private static readonly string[] Fragments =
    [
        "(", ")", "((((", "))))", "\"", "'", "*", "?", "~", "~2", "^", "^10", "/", "/.*/", "\\", "[", "]", "{", "}", ":", "*:*",
        "AND", "OR", "NOT", "&&", "||", "+", "-", "!", " TO ", "acne", "scars", "stretch marks", "hair", "microneedling", "Fixture",
        "\0", "\u0001", "\u001f", "\u007f", "\u202E", "\u200F", "ندبات", "שלום", "\uFFFD", "\uD83D\uDE00", "\uD800", "\uDC00",
        " ", "\t", "\r\n", "%", "%00", "&", "=", "#", "<script>", "é", "ß", "İ", "ﬁ",
    ];

    public static Arbitrary<HostileText> Text() =>
        Gen.OneOf(
                Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
                Gen.Choose(0, 3_000).Select(n => new string('(', n) + "acne" + new string(')', n / 2)))
            .Select(text => new HostileText(text))
            .ToArbitrary();
}

/// <summary>
/// Property: for any text and parameters, QueryValidation either reports its own errors or yields a query that
/// TextQuery and EvidenceSearcher answer over a real index; nothing else is ever thrown.
/// </summary>
public sealed class QueryPropertyTests : IDisposable
{
    private readonly TestCorpus _corpus = new();
    private readonly EvidenceLibrary _library;

    public QueryPropertyTests()
    {
        _library = EvidenceLibrary.Open(_corpus.CorpusPath, _corpus.IndexPath);
        _library.Sync();
    }

    public void Dispose()
    {
        _library.Dispose();
        _corpus.Dispose();
    }

    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 300)]
    public bool AnyRequest_IsAnsweredOrRejectedWithItsOwnErrors(HostileText q, HostileText concept, HostileText word, int? page, int? pageSize, int? minLevel, int? yearFrom, int? yearTo)
    {
        var request = new EvidenceRequest(q.Value, [concept.Value, word.Value], [word.Value], concept.Value, [word.Value], minLevel, yearFrom, yearTo,
            word.Value.Length % 2 == 0 ? null : word.Value, concept.Value.Length % 3 == 0 ? null : concept.Value, page, pageSize);
        var validation = new QueryValidation(_library.Vocabulary);
        var query = validation.Validate(request);
        if (!validation.IsValid) return validation.Errors.All(e => e.Value.Length > 0 && e.Value.All(m => m.Length is > 0 and < 2_000));

        var result = _library.Search(query);
        return result.Total >= 0 && result.Hits.Count <= query.PageSize;
    }

    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 500)]
    public bool AnyText_BuildsABoundedQueryOrNone(HostileText text)
    {
        var query = TextQuery.Build(_library.OpenIndex.Analyzer, text.Value, _library.Profile.Ranking);
        var terms = TextQuery.Terms(_library.OpenIndex.Analyzer, text.Value);
        var result = _library.Search(new EvidenceQuery { Text = text.Value });
        return terms.Count <= EvidenceQuery.MaxTerms && (query is null) == (terms.Count == 0) && result.Total >= 0;
    }
}
