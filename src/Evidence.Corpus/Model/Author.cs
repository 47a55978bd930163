namespace Evidence.Corpus.Model;

/// <summary>A person (family and given names) or an organisation (literal name).</summary>
public sealed record Author(string? Family, string? Given, string? Literal)
{
    /// <summary>Initials of the given names without punctuation: "Lisa Marie" gives "LM".</summary>
    public string Initials => string.Concat(
        (Given ?? "").Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0])));
}
