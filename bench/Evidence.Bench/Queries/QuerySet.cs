namespace Evidence.Bench.Queries;

public enum QueryKind
{
    FreeText,
    ConditionOutcome,
    SortByYear,
}

/// <summary>One request the API serves, in the three forms the benchmark sends it: HTTP path, service request, bare query.</summary>
public sealed record BenchQuery(QueryKind Kind, string? Text, string? Condition, string? Outcome)
{
    public string Path => Kind switch
    {
        QueryKind.FreeText => $"/api/evidence?q={Uri.EscapeDataString(Text!)}",
        QueryKind.SortByYear => $"/api/evidence?q={Uri.EscapeDataString(Text!)}&sort=year",
        _ => $"/api/evidence?condition={Condition}&outcome={Outcome}",
    };
}

/// <summary>The fixed query mix: lay and clinical wording, single words and short phrases, every condition-outcome pair the generator favours.</summary>
public static class QuerySet
{
    private static readonly string[] Texts =
    [
        "microneedling acne scars", "stretch marks", "hair loss minoxidil", "platelet-rich plasma", "melasma tranexamic acid",
        "laser resurfacing burn scars", "collagen induction therapy", "redness after needling", "patient satisfaction",
        "split-face randomised trial", "vitiligo repigmentation", "wrinkles vitamin c serum", "pitted scars", "rosacea",
        "post-inflammatory hyperpigmentation", "derma roller at home",
    ];

    private static readonly (string Condition, string Outcome)[] Findings =
    [
        ("acne-scars", "scar-appearance"), ("striae-distensae", "striae-appearance"), ("androgenetic-alopecia", "hair-count"),
        ("melasma", "pigmentation-score"), ("photoageing", "wrinkle-severity"), ("vitiligo", "repigmentation"),
        ("acne-scars", "patient-satisfaction"), ("burn-scars", "scar-appearance"), ("rosacea", "quality-of-life"),
        ("enlarged-pores", "patient-satisfaction"),
    ];

    public static IReadOnlyList<BenchQuery> Of(QueryKind kind) => kind switch
    {
        QueryKind.FreeText => [.. Texts.Select(t => new BenchQuery(kind, t, null, null))],
        QueryKind.SortByYear => [.. Texts.Take(8).Select(t => new BenchQuery(kind, t, null, null))],
        _ => [.. Findings.Select(f => new BenchQuery(kind, null, f.Condition, f.Outcome))],
    };

    public static IReadOnlyList<BenchQuery> Mixed => [.. Enum.GetValues<QueryKind>().SelectMany(Of)];
}
