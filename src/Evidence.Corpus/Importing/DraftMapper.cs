using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Importing;

/// <summary>
/// Turns an imported reference into a draft summary the loader accepts: identifiers checked and cleaned,
/// the design taken from publication types, keywords and MeSH headings matched to vocabulary conditions and
/// interventions. Findings are never made up: a draft carries bibliography only, marked imported and unverified.
/// A record without a date or a container (a preprint, a web page, an item in progress: reference managers
/// export them every day) is kept, with the gap named in the review notes; its citations say "n.d." or
/// "[date unknown]" where the style wants it and are flagged incomplete until someone fills the gap.
/// </summary>
internal static class DraftMapper
{
    private static readonly string[] DoiPrefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"];

    public static (StudySummary? Draft, string? Problem) Map(ImportedReference reference, ConceptVocabulary vocabulary, string origin)
    {
        var notes = new List<string> { origin + "; not yet annotated." };
        if (reference.Title is not { } title) return (null, "the record has no title");
        if (title.Length > 500) return (null, $"the title is {title.Length:N0} characters; the corpus allows 500");
        var year = reference.Year;
        if (year is < 1800 || year > DateTime.UtcNow.Year + 1) return (null, $"the year {year} is not a plausible year of publication");
        if (year is null) notes.Add("No date of publication in the record: cited \"n.d.\" (APA) or \"[date unknown]\" (Vancouver) until someone finds the year.");

        var identifiers = new Identifiers(
            Checked("DOI", Doi(reference.Doi), StudySummaryReader.DoiPattern().IsMatch, reference.Doi, notes),
            Checked("PMID", reference.Pmid, StudySummaryReader.PmidPattern().IsMatch, reference.Pmid, notes),
            Checked("PMCID", Pmcid(reference.Pmcid), StudySummaryReader.PmcidPattern().IsMatch, reference.Pmcid, notes),
            Checked("URL", reference.Url, IsWebAddress, reference.Url, notes),
            Checked("corpus id", reference.CorpusId, StudySummaryReader.CorpusIdPattern().IsMatch, reference.CorpusId, notes),
            reference.Accessed);
        if (identifiers is { Doi: null, Pmid: null, Url: null, Corpus: null })
            return (null, "the record has no DOI, PMID, URL or corpus id, and a summary needs one so that readers can find the source");

        var journal = Fit("journal", reference.Journal, 300, notes);
        var abbreviation = Fit("journal abbreviation", reference.JournalAbbreviation, 100, notes);
        if (reference.Type == PublicationType.JournalArticle && journal is null)
            notes.Add(abbreviation is null
                ? "The record names no journal (container title): its citations say the journal is missing until someone finds it."
                : "The record gives only the journal's abbreviation: APA, BibTeX, RIS and CSL-JSON citations say the full title is missing.");
        var publication = new Publication(reference.Type, journal, abbreviation == journal ? null : abbreviation,
            Fit("publisher", reference.Publisher, 300, notes), Fit("volume", reference.Volume, 20, notes),
            Fit("issue", reference.Issue, 20, notes), Fit("pages", reference.Pages, 30, notes), reference.Date,
            Fit("article number", reference.ArticleNumber, 30, notes));

        var (design, publicationType) = PublicationTypeDesigns.Choose(reference.PublicationTypes);
        notes.Add(publicationType is null
            ? $"Design: no publication type names one ({Listed(reference.PublicationTypes)}); set to {Names<StudyDesign>.Id(design)}, the weakest evidence level, until someone reads the paper."
            : $"Design {Names<StudyDesign>.Id(design)} from the publication type '{publicationType}'.");

        var terms = reference.Keywords.Concat(reference.MeshHeadings).ToList();
        var authors = reference.Authors.Where(author => Fits(author, notes)).ToList();
        var draft = new StudySummary
        {
            Id = StudyIds.Propose(authors.FirstOrDefault() is { } first ? first.Family ?? first.Literal : publication.Publisher, year, title),
            Title = title,
            Authors = authors,
            Year = year,
            Publication = publication,
            Identifiers = identifiers,
            Design = design,
            Level = EvidenceLevel.For(design),
            Conditions = Concepts(terms, ConceptKind.Condition, vocabulary),
            Interventions = Concepts(terms, ConceptKind.Intervention, vocabulary),
            Abstract = Fit("abstract", reference.Abstract, 20_000, notes),
            Review = new Review(ReviewStatus.Imported, Verification.Unverified, [], [], null, []),
        };
        // The notes and the field list are complete only once every field above has been fitted.
        return (draft with { Review = draft.Review with { UnverifiedFields = UnverifiedFields(draft), Notes = string.Join(" ", notes) } }, null);
    }

    /// <summary>The DOI without a resolver prefix ("https://doi.org/10.1/x" gives "10.1/x"); case is kept.</summary>
    public static string? Doi(string? text)
    {
        var doi = text?.Trim();
        if (string.IsNullOrEmpty(doi)) return null;
        foreach (var prefix in DoiPrefixes)
        {
            if (!doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            doi = doi[prefix.Length..].Trim();
            // A DOI taken from a web address may be percent-encoded ("10.1097%2FDSS...").
            if (prefix.Contains("doi.org", StringComparison.Ordinal)) doi = Uri.UnescapeDataString(doi);
            break;
        }
        return doi;
    }

    private static string? Pmcid(string? text)
    {
        var pmcid = text?.Trim();
        if (string.IsNullOrEmpty(pmcid)) return null;
        if (pmcid.All(char.IsAsciiDigit)) return "PMC" + pmcid;
        return pmcid.StartsWith("pmc", StringComparison.OrdinalIgnoreCase) ? "PMC" + pmcid[3..] : pmcid;
    }

    private static bool IsWebAddress(string url) =>
        url.Length <= 2_000 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>An identifier in the corpus's form, or null with a note when the record's value is not one.</summary>
    private static string? Checked(string name, string? value, Func<string, bool> isValid, string? given, List<string> notes)
    {
        if (value is null) return null;
        if (isValid(value)) return value;
        notes.Add($"The {name} '{ImportedText.Clip(given ?? value)}' is not a valid {name} and was left out.");
        return null;
    }

    private static string? Fit(string name, string? value, int maxLength, List<string> notes)
    {
        if (value is null || value.Length <= maxLength) return value;
        notes.Add($"The {name} was {value.Length:N0} characters, over the corpus limit of {maxLength:N0}, and was left out.");
        return null;
    }

    private static bool Fits(Author author, List<string> notes)
    {
        if ((author.Family?.Length ?? 0) <= 200 && (author.Given?.Length ?? 0) <= 200 && (author.Literal?.Length ?? 0) <= 300) return true;
        notes.Add($"An author name over the corpus limit was left out ('{ImportedText.Clip(author.Family ?? author.Literal ?? "")}').");
        return false;
    }

    private static List<string> Concepts(IEnumerable<string> terms, ConceptKind kind, ConceptVocabulary vocabulary) =>
        [.. terms.Select(term => vocabulary.Resolve(term, kind)).OfType<Concept>().Select(concept => concept.Id).Distinct()];

    /// <summary>Every field the draft fills: none of them has been checked against the source.</summary>
    private static List<string> UnverifiedFields(StudySummary draft)
    {
        var p = draft.Publication;
        var i = draft.Identifiers;
        (string Name, bool Present)[] fields =
        [
            ("title", true), ("authors", draft.Authors.Count > 0), ("year", draft.Year is not null), ("publication-type", true),
            ("journal", p.Journal is not null), ("journal-abbreviation", p.JournalAbbreviation is not null),
            ("publisher", p.Publisher is not null), ("volume", p.Volume is not null), ("issue", p.Issue is not null),
            ("pages", p.Pages is not null), ("article-number", p.ArticleNumber is not null), ("date", p.Date is not null), ("doi", i.Doi is not null), ("pmid", i.Pmid is not null),
            ("pmcid", i.Pmcid is not null), ("url", i.Url is not null), ("accessed", i.Accessed is not null), ("corpus", i.Corpus is not null), ("design", true), ("conditions", draft.Conditions.Count > 0),
            ("interventions", draft.Interventions.Count > 0), ("abstract", draft.Abstract is not null),
        ];
        return [.. fields.Where(field => field.Present).Select(field => field.Name)];
    }

    private static string Listed(IReadOnlyList<string> types) => types.Count == 0 ? "none given" : "given: " + string.Join(", ", types);
}
