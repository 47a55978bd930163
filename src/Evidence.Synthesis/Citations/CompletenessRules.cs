using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>
/// Which elements each style requires and prints, and how the review's field names map onto them.
/// Required elements follow the styles' templates: a journal article needs authors, title, journal (AMA 3.11
/// and Citing Medicine ch. 1 by its NLM abbreviation; APA 9.25 and the reference-manager formats by its full
/// title), year, volume and pages or article number; a web page or news release needs its title, issuing
/// body, date and URL, plus the date it was viewed for AMA (3.15.1, "Accessed") and NLM (ch. 25, "[cited]").
/// </summary>
internal static class CompletenessRules
{
    /// <summary>The names the corpus's review blocks use for citation elements (see corpus/README.md).</summary>
    private static readonly Dictionary<string, CitationField[]> FieldsByReviewName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["authors"] = [CitationField.Authors], ["author"] = [CitationField.Authors], ["first-author"] = [CitationField.Authors],
        ["first-author-surname"] = [CitationField.Authors], ["co-authors"] = [CitationField.Authors],
        ["title"] = [CitationField.Title], ["subtitle"] = [CitationField.Title],
        ["journal"] = [CitationField.Journal, CitationField.JournalAbbreviation],
        ["journal-abbreviation"] = [CitationField.JournalAbbreviation],
        ["year"] = [CitationField.Year], ["date"] = [CitationField.Year], ["publication-date"] = [CitationField.Year], ["month"] = [CitationField.Year],
        ["volume"] = [CitationField.Volume], ["issue"] = [CitationField.Issue],
        ["pages"] = [CitationField.Pages], ["first-page"] = [CitationField.Pages], ["last-page"] = [CitationField.Pages], ["article-number"] = [CitationField.Pages],
        ["doi"] = [CitationField.Doi], ["pmid"] = [CitationField.Pmid], ["pmcid"] = [CitationField.Pmcid],
        ["url"] = [CitationField.Url], ["accessed"] = [CitationField.Accessed], ["publisher"] = [CitationField.Publisher],
    };

    public static CitationCompleteness For(StudySummary source, CitationStyle style)
    {
        var required = Required(source, style);
        var printed = Printed(source, style);
        var missing = required.Where(field => !Has(source, field)).ToList();
        var unverified = UnverifiedFields(source).Where(field => printed.Contains(field) && Has(source, field) && !missing.Contains(field)).Distinct().Order().ToList();
        var checks = new List<string>();
        if (style is CitationStyle.Ama or CitationStyle.Apa or CitationStyle.Vancouver
            && Recased(source, style))
            checks.Add("title recased to sentence case: check the capitals of proper names");
        if (AuthorList.IsIncomplete(source))
            checks.Add("only some authors are recorded: the list ends with \"et al.\" until the rest are found");
        if (source.Review.UnlinkedReason is { } reason)
            checks.Add($"no canonical link (DOI, PubMed, PMC or the publisher's page), so readers find it by its reference: {reason}");
        return new CitationCompleteness(missing, unverified, checks);
    }

    private static bool Recased(StudySummary source, CitationStyle style)
    {
        TitleCasing.SentenceCase(source.Title, style == CitationStyle.Apa ? TitleCasing.Subtitle.Capitalised : TitleCasing.Subtitle.LowerCase, out var recased);
        return recased && TitleCasing.IsTitleCase(source.Title);
    }

    private static List<CitationField> Required(StudySummary source, CitationStyle style)
    {
        var textStyleWithAbbreviation = style is CitationStyle.Ama or CitationStyle.Vancouver;
        return source.Publication.Type switch
        {
            PublicationType.JournalArticle =>
            [
                CitationField.Authors, CitationField.Title,
                textStyleWithAbbreviation ? CitationField.JournalAbbreviation : CitationField.Journal,
                CitationField.Year, CitationField.Volume, CitationField.Pages,
            ],
            PublicationType.PressRelease or PublicationType.WebPage =>
            [
                CitationField.Title, CitationField.Publisher, CitationField.Year, CitationField.Url,
                .. textStyleWithAbbreviation ? [CitationField.Accessed] : Array.Empty<CitationField>(),
            ],
            _ => [CitationField.Title, CitationField.Publisher, CitationField.Year],
        };
    }

    /// <summary>The elements the style writes when the record has them.</summary>
    private static HashSet<CitationField> Printed(StudySummary source, CitationStyle style)
    {
        var fields = Enum.GetValues<CitationField>().ToHashSet();
        if (style is CitationStyle.Ama or CitationStyle.Apa)
        {
            fields.Remove(CitationField.Pmid);
            fields.Remove(CitationField.Pmcid);
            // The URL is printed only when there is no DOI (AMA 3.15.1, APA 9.34).
            if (source.Identifiers.Doi is not null) fields.Remove(CitationField.Url);
        }
        if (style is CitationStyle.Vancouver && source.Publication.Type == PublicationType.JournalArticle
            && (source.Identifiers.Doi is not null || source.Identifiers.Pmid is not null))
            fields.Remove(CitationField.Url);
        return fields;
    }

    private static IEnumerable<CitationField> UnverifiedFields(StudySummary source)
    {
        var review = source.Review;
        // A record marked unverified with no list (an import, say) has nothing checked.
        if (review.Verification == Verification.Unverified && review.UnverifiedFields.Count == 0)
            return Enum.GetValues<CitationField>();
        return review.UnverifiedFields.SelectMany(name => FieldsByReviewName.TryGetValue(name.Trim(), out var fields) ? fields : []);
    }

    public static bool Has(StudySummary source, CitationField field)
    {
        var publication = source.Publication;
        var ids = source.Identifiers;
        return field switch
        {
            CitationField.Authors => source.Authors.Count > 0,
            CitationField.Title => !string.IsNullOrWhiteSpace(source.Title),
            // A record that repeats the abbreviation as the journal has no full title.
            CitationField.Journal => publication.Journal is { } journal && journal != publication.JournalAbbreviation,
            CitationField.JournalAbbreviation => publication.JournalAbbreviation is not null,
            CitationField.Year => source.Year is not null,
            CitationField.Volume => publication.Volume is not null,
            CitationField.Issue => publication.Issue is not null,
            CitationField.Pages => publication.Pages is not null || publication.ArticleNumber is not null,
            CitationField.Doi => ids.Doi is not null,
            CitationField.Pmid => ids.Pmid is not null,
            CitationField.Pmcid => ids.Pmcid is not null,
            CitationField.Url => ids.Url is not null,
            CitationField.Accessed => ids.Accessed is not null,
            CitationField.Publisher => publication.Publisher is not null,
            _ => false,
        };
    }
}
