using System.Globalization;
using Evidence.Search.Ranking;

namespace Evidence.Retrieval;

/// <summary>Search-time settings given on the command line, applied over a named configuration, for tuning.</summary>
internal sealed record ProfileOverrides(float? K1, float? B, string? Fields, string? Phrases, int? Slop, string? Pairs, int? PairSlop, string? Feedback, int? Candidates = null)
{
    public bool Any => K1 is not null || B is not null || Fields is not null || Phrases is not null || Slop is not null || Pairs is not null || PairSlop is not null || Feedback is not null || Candidates is not null;

    public SearchProfile Apply(SearchProfile profile)
    {
        var ranking = profile.Ranking;
        if (K1 is { } k1) ranking = ranking with { K1 = k1 };
        if (B is { } b) ranking = ranking with { B = b };
        if (Fields is not null) ranking = ranking with { Fields = Weights(Fields) };
        if (Phrases is not null) ranking = ranking with { PhraseFields = Weights(Phrases) };
        if (Slop is { } slop) ranking = ranking with { PhraseSlop = slop };
        if (Pairs is not null) ranking = ranking with { PairFields = Weights(Pairs) };
        if (PairSlop is { } pairSlop) ranking = ranking with { PairSlop = pairSlop };
        if (Feedback is not null) ranking = ranking with { Feedback = ParseFeedback(Feedback) };
        if (Candidates is { } candidates) ranking = ranking with { FirstPassCandidates = candidates };
        return profile with { Ranking = ranking };
    }

    public override string ToString() => string.Join(' ', new[]
    {
        K1 is null ? null : $"--k1 {K1.Value.ToString(CultureInfo.InvariantCulture)}",
        B is null ? null : $"--b {B.Value.ToString(CultureInfo.InvariantCulture)}",
        Fields is null ? null : $"--fields {Fields}",
        Phrases is null ? null : $"--phrases \"{Phrases}\"",
        Slop is null ? null : $"--slop {Slop}",
        Pairs is null ? null : $"--pairs \"{Pairs}\"",
        PairSlop is null ? null : $"--pair-slop {PairSlop}",
        Feedback is null ? null : $"--feedback {Feedback}",
        Candidates is null ? null : $"--candidates {Candidates}",
    }.OfType<string>());

    private static List<FieldWeight> Weights(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(pair =>
        {
            var parts = pair.Split(':');
            return new FieldWeight(parts[0], parts.Length > 1 ? float.Parse(parts[1], CultureInfo.InvariantCulture) : 1f);
        })];

    private static RelevanceFeedback? ParseFeedback(string text)
    {
        if (text == "none") return null;
        var parts = text.Split(',');
        return new RelevanceFeedback
        {
            Documents = int.Parse(parts[0], CultureInfo.InvariantCulture),
            Terms = int.Parse(parts[1], CultureInfo.InvariantCulture),
            OriginalWeight = float.Parse(parts[2], CultureInfo.InvariantCulture),
        };
    }
}
