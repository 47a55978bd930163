namespace Evidence.Search.Ranking;

/// <summary>A free-text field and how much a match in it counts.</summary>
public readonly record struct FieldWeight(string Field, float Weight);
