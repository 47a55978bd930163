using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// What a formatted citation still needs before it can be published: the elements its style requires that
/// the record does not have (<see cref="Missing"/>), the elements it prints that the record's review lists as
/// not verified (<see cref="Unverified"/>), and things to look at (<see cref="Checks"/>, e.g. a title recased
/// to sentence case). A citation is <see cref="Ready"/> only with nothing missing and nothing unverified;
/// otherwise <see cref="Warning"/> says what to do, in words fit to show beside a Copy button.
/// </summary>
public sealed record CitationCompleteness(
    IReadOnlyList<CitationField> Missing,
    IReadOnlyList<CitationField> Unverified,
    IReadOnlyList<string> Checks)
{
    public bool Ready => Missing.Count == 0 && Unverified.Count == 0;

    /// <summary>"volume missing; pages not verified: complete and check before publishing", or null when ready.</summary>
    public string? Warning
    {
        get
        {
            if (Ready) return null;
            var parts = new List<string>();
            if (Missing.Count > 0) parts.Add(Listed(Missing) + " missing");
            if (Unverified.Count > 0) parts.Add(Listed(Unverified) + " not verified");
            return string.Join("; ", parts) + (Missing.Count > 0 ? ": complete and check before publishing" : ": check before publishing");
        }
    }

    /// <summary>How a field is named to a reader: "journal title", "DOI", "accessed date".</summary>
    public static string Label(CitationField field) => field switch
    {
        CitationField.Journal => "journal title",
        CitationField.JournalAbbreviation => "journal abbreviation",
        CitationField.Doi => "DOI",
        CitationField.Pmid => "PMID",
        CitationField.Pmcid => "PMCID",
        CitationField.Url => "URL",
        CitationField.Accessed => "accessed date",
        _ => Names<CitationField>.Id(field),
    };

    /// <summary>"volume", "volume and pages", "authors, volume and pages".</summary>
    private static string Listed(IReadOnlyList<CitationField> fields)
    {
        var labels = fields.Select(Label).ToList();
        return labels.Count == 1 ? labels[0] : string.Join(", ", labels[..^1]) + " and " + labels[^1];
    }
}
