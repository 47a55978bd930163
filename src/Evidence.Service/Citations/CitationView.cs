using Evidence.Synthesis.Citations;

namespace Evidence.Service.Citations;

/// <summary>All six citations of one source (<c>GET /api/evidence/{id}/citations</c>).</summary>
public sealed record SourceCitations(string Id, IReadOnlyList<CitationView> Citations);

/// <summary>
/// One style's citation with its completeness verdict. <see cref="Ready"/> is false when the style requires an
/// element the record lacks (<see cref="Missing"/>) or prints one the review did not verify (<see cref="Unverified"/>);
/// <see cref="Warning"/> is the sentence to show beside Copy, <see cref="Checks"/> things to look at even when ready.
/// </summary>
public sealed record CitationView(
    string Style,
    string ContentType,
    string Text,
    bool Ready,
    IReadOnlyList<CitationField> Missing,
    IReadOnlyList<CitationField> Unverified,
    IReadOnlyList<string> Checks,
    string? Warning)
{
    public static CitationView Of(FormattedCitation cited) => new(
        cited.Style.Id(), cited.Style.ContentType(), cited.Text, cited.Completeness.Ready,
        cited.Completeness.Missing, cited.Completeness.Unverified, cited.Completeness.Checks, cited.Completeness.Warning);
}
