namespace Evidence.Corpus.Model;

/// <summary>
/// One result for one outcome in one condition. <see cref="Effect"/> is the result in words, with the
/// source's own numbers. Concept fields hold vocabulary ids.
/// </summary>
public sealed record Finding(
    string Condition,
    string Outcome,
    string? Intervention,
    string? Comparator,
    Direction Direction,
    string Effect,
    Certainty Certainty);
