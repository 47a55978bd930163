using System.Text.RegularExpressions;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Loading;

/// <summary>Maps the YAML tree of one source file to a <see cref="StudySummary"/>, strictly.</summary>
internal static partial class StudySummaryReader
{
    public const int QuoteMaxLength = 400;

    public static Regex IdPattern() => SourceId.Pattern();

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    public static partial Regex DoiPattern();

    [GeneratedRegex(@"^[1-9]\d{0,8}$")]
    public static partial Regex PmidPattern();

    [GeneratedRegex(@"^PMC\d{1,9}$")]
    public static partial Regex PmcidPattern();

    /// <summary>A collection name and the record's id in it: "scifact:4983".</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,39}:[A-Za-z0-9._/-]{1,100}$")]
    public static partial Regex CorpusIdPattern();

    /// <summary>A facts-file item: "microneedling-citations.md#11".</summary>
    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{0,99}\.md#[1-9]\d{0,3}$")]
    public static partial Regex FactsItemPattern();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    public static partial Regex DayPattern();

    public static StudySummary? Read(YamlNode root, SourceContext source, ConceptVocabulary vocabulary, string? expectedId)
    {
        var errorsBefore = source.Errors.Count;
        var map = MappingReader.Over(root, source, "a study summary");
        if (map is null) return null;

        var id = map.RequiredText("id", 100);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            source.Error(map.Node("id")!, ErrorCodes.InvalidValue, $"id '{id}' must be lower-case letters, digits and single hyphens, like 'smith-2020-acne-scars-rct'");
            id = null;
        }
        else if (id is not null && expectedId is not null && id != expectedId)
            source.Error(map.Node("id")!, ErrorCodes.InvalidValue, $"id '{id}' must match the file name '{expectedId}.yaml'");

        var title = map.RequiredText("title", 500);
        var authors = ReadAuthors(map);
        // A source with no date seen (a web page, a preprint, an item in progress) keeps no year; its
        // citations say "n.d." where the style wants it and are flagged incomplete.
        var year = map.OptionalInteger("year", 1800, DateTime.UtcNow.Year + 1);
        var publication = ReadPublication(map);
        var identifiers = ReadIdentifiers(map);
        var design = map.RequiredEnum<StudyDesign>("design");
        var (includedDesigns, includesOther) = ReadIncludedDesigns(map);
        var level = ReadLevel(map, design, includedDesigns, includesOther);
        var population = ReadPopulation(map);
        var interventions = Concepts(map, "interventions", ConceptKind.Intervention, vocabulary);
        var comparators = Concepts(map, "comparators", ConceptKind.Intervention, vocabulary);
        var conditions = Concepts(map, "conditions", ConceptKind.Condition, vocabulary);
        var summary = map.OptionalText("summary", 5_000);
        var findings = ReadFindings(map, vocabulary, conditions);
        var adverseEvents = ReadAdverseEvents(map, vocabulary);
        var keyPoints = map.TextList("keyPoints", 1_000);
        var quotes = ReadQuotes(map);
        var limitations = map.TextList("limitations", 1_000);
        var abstractText = map.OptionalText("abstract", 20_000);
        var review = ReadReview(map);
        RequireLink(map, publication);
        map.Finish();

        if (source.Errors.Count > errorsBefore) return null;
        return new StudySummary
        {
            Id = id!,
            Title = title!,
            Authors = authors,
            Year = year,
            Publication = publication!,
            Identifiers = identifiers!,
            Design = design!.Value,
            Level = level!,
            IncludedDesigns = includedDesigns,
            IncludesOtherDesigns = includesOther,
            Population = population,
            Interventions = interventions,
            Comparators = comparators,
            Conditions = conditions,
            Summary = summary,
            Findings = findings,
            AdverseEvents = adverseEvents,
            KeyPoints = keyPoints,
            Quotes = quotes,
            Limitations = limitations,
            Abstract = abstractText,
            Review = review!,
        };
    }

    private static List<Author> ReadAuthors(MappingReader map)
    {
        var authors = new List<Author>();
        foreach (var node in map.List("authors"))
        {
            var author = MappingReader.Over(node, map.Source, "an author");
            if (author is null) continue;
            var family = author.OptionalText("family", 200);
            var given = author.OptionalText("given", 200);
            var literal = author.OptionalText("literal", 300);
            author.Finish();
            if (literal is not null && (family is not null || given is not null))
                map.Source.Error(node, ErrorCodes.InvalidValue, "an author is either a person (family, given) or an organisation (literal), not both");
            else if (literal is null && family is null)
                author.Missing("family", "the author's family name (or 'literal' for an organisation)");
            else authors.Add(new Author(family, given, literal));
        }
        return authors;
    }

    private static Publication? ReadPublication(MappingReader parent)
    {
        var node = parent.Node("publication");
        if (node is null)
        {
            parent.Missing("publication", "a mapping with at least 'type'");
            return null;
        }
        var map = MappingReader.Over(node, parent.Source, "'publication'");
        if (map is null) return null;
        var type = map.RequiredEnum<PublicationType>("type");
        var publication = new Publication(
            type ?? PublicationType.JournalArticle,
            map.OptionalText("journal", 300),
            map.OptionalText("journalAbbreviation", 100),
            map.OptionalText("publisher", 300),
            map.OptionalText("volume", 20),
            map.OptionalText("issue", 20),
            map.OptionalText("pages", 30),
            map.OptionalText("date", 10),
            map.OptionalText("articleNumber", 30));
        if (publication.Date is { } date && !DatePattern().IsMatch(date))
            map.Source.Error(map.Node("date")!, ErrorCodes.InvalidValue, $"'date' is '{date}'; expected YYYY, YYYY-MM or YYYY-MM-DD");
        map.Finish();
        return publication;
    }

    private static Identifiers? ReadIdentifiers(MappingReader parent)
    {
        var node = parent.Node("identifiers");
        if (node is null)
        {
            parent.Missing("identifiers", "a mapping with a doi, pmid or url");
            return null;
        }
        var map = MappingReader.Over(node, parent.Source, "'identifiers'");
        if (map is null) return null;
        var doi = Checked(map, "doi", DoiPattern(), ErrorCodes.InvalidDoi, "a DOI like 10.1097/DSS.0000000000001248 (no https://doi.org/ prefix)");
        var pmid = Checked(map, "pmid", PmidPattern(), ErrorCodes.InvalidPmid, "a PubMed id of 1 to 9 digits");
        var pmcid = Checked(map, "pmcid", PmcidPattern(), ErrorCodes.InvalidValue, "a PMC id like PMC5556180");
        var corpus = Checked(map, "corpus", CorpusIdPattern(), ErrorCodes.InvalidValue, "a collection and record id like scifact:4983");
        var url = map.OptionalText("url", 2_000);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            map.Source.Error(map.Node("url")!, ErrorCodes.InvalidValue, $"'url' is '{url}'; expected an absolute http or https address");
            url = null;
        }
        var accessed = Checked(map, "accessed", DayPattern(), ErrorCodes.InvalidValue, "the date the url was viewed, YYYY-MM-DD");
        map.Finish();
        return new Identifiers(doi, pmid, pmcid, url, corpus, accessed);
    }

    private static readonly string[] LinkKeys = ["doi", "pmid", "url", "corpus"];

    /// <summary>
    /// Every source leads its reader to its canonical record: a doi, pmid, url or corpus id. The one exception
    /// is a journal article whose only addresses were mirrors (kept in review.checkedAt): it is cited by journal
    /// and pages, and review.unlinkedReason says why it has no link (corpus/README.md, identifiers).
    /// </summary>
    private static void RequireLink(MappingReader map, Publication? publication)
    {
        // A missing or malformed identifiers mapping was reported when it was read; a malformed link was too.
        if (map.Node("identifiers") is not YamlMapping identifiers) return;
        var linked = identifiers.Entries.Any(entry => LinkKeys.Contains(entry.Key.Value) && entry.Value is not YamlScalar { IsNull: true });
        var reason = map.Node("review") is YamlMapping review
            ? review.Entries.FirstOrDefault(entry => entry.Key.Value == "unlinkedReason").Value as YamlScalar
            : null;
        if (reason is { IsNull: true }) reason = null;
        if (linked)
        {
            if (reason is not null)
                map.Source.Error(reason, ErrorCodes.InvalidValue, "'unlinkedReason' is only for a source with no doi, pmid, url or corpus id; remove it");
        }
        else if (reason is null)
            map.Source.Error(identifiers, ErrorCodes.NoIdentifier, "a source needs a doi, a pmid, a url (doi.org, PubMed, PMC, the publisher or the issuing body) or a corpus id so that readers can find it; if no canonical record exists, say why in review.unlinkedReason");
        else if (publication is not { Type: PublicationType.JournalArticle, Journal: not null, Pages: not null })
            map.Source.Error(reason, ErrorCodes.NoIdentifier, "only a journal article cited by its journal and pages may go without a link; give a doi, pmid or url");
    }

    private static string? Checked(MappingReader map, string key, Regex pattern, string code, string expected)
    {
        var value = map.OptionalText(key, 300);
        if (value is null || pattern.IsMatch(value)) return value;
        map.Source.Error(map.Node(key)!, code, $"'{key}' is '{value}'; expected {expected}");
        return null;
    }

    private const string OtherDesigns = StudySummary.OtherDesigns;

    private static (List<StudyDesign> Designs, bool Other) ReadIncludedDesigns(MappingReader map)
    {
        var designs = new List<StudyDesign>();
        var other = false;
        var node = map.Node("includedDesigns");
        var items = map.List("includedDesigns");
        if (node is YamlSequence { Items.Count: 0 })
            map.Source.Error(node, ErrorCodes.InvalidValue, "'includedDesigns' is empty; list the designs the source says it includes, or leave the key out when it does not say");
        foreach (var item in items)
        {
            var text = item is YamlScalar { IsNull: false } scalar ? scalar.Value.Trim() : null;
            var repeated = text == OtherDesigns ? other : text is not null && Names<StudyDesign>.TryParse(text, out var listed) && designs.Contains(listed);
            if (repeated) map.Source.Error(item, ErrorCodes.InvalidValue, $"'{text}' is listed twice in 'includedDesigns'");
            else if (text == OtherDesigns) other = true;
            else if (text is not null && Names<StudyDesign>.TryParse(text, out var design)) designs.Add(design);
            else
            {
                string[] accepted = [.. Names<StudyDesign>.Ids, OtherDesigns];
                map.Source.Error(item, ErrorCodes.InvalidValue,
                    $"an item of 'includedDesigns' is {(text is null ? item.Describe : $"'{text}'")}; expected one of {string.Join(", ", accepted)}{Spelling.DidYouMean(text is null ? null : Spelling.Suggest(text, accepted))}");
            }
        }
        return (designs, other);
    }

    private static EvidenceLevel? ReadLevel(MappingReader parent, StudyDesign? design, IReadOnlyList<StudyDesign> includedDesigns, bool includesOther)
    {
        var node = parent.Node("evidence");
        if (node is null) return design is null ? null : EvidenceLevel.For(design.Value, includedDesigns, includesOther);
        var map = MappingReader.Over(node, parent.Source, "'evidence'");
        if (map is null) return null;
        var scale = map.OptionalText("scale", 40);
        if (scale is not null && scale != EvidenceLevel.Scale)
            map.Source.Error(map.Node("scale")!, ErrorCodes.InvalidValue, $"'scale' is '{scale}'; the corpus uses '{EvidenceLevel.Scale}'");
        var level = map.OptionalInteger("level", EvidenceLevel.Best, EvidenceLevel.Weakest);
        var reason = map.OptionalText("reason", 1_000);
        map.Finish();
        if (level is not null && reason is null)
            map.Missing("reason", "why the level differs from the design's default");
        if (design is null) return null;
        return level is null ? EvidenceLevel.For(design.Value, includedDesigns, includesOther) with { Reason = reason } : new EvidenceLevel(level.Value, true, reason);
    }

    private static Population? ReadPopulation(MappingReader parent)
    {
        var node = parent.Node("population");
        if (node is null) return null;
        var map = MappingReader.Over(node, parent.Source, "'population'");
        if (map is null) return null;
        var population = new Population(map.OptionalText("description", 2_000), map.OptionalInteger("sampleSize", 0, 100_000_000), map.OptionalText("sampleSizeNote", 1_000));
        map.Finish();
        return population;
    }

    private static List<string> Concepts(MappingReader map, string key, ConceptKind kind, ConceptVocabulary vocabulary)
    {
        var ids = new List<string>();
        foreach (var item in map.List(key))
        {
            if (ConceptId(item, map.Source, key, kind, vocabulary) is { } id && !ids.Contains(id)) ids.Add(id);
        }
        return ids;
    }

    public static string? ConceptId(YamlNode node, SourceContext source, string key, ConceptKind kind, ConceptVocabulary vocabulary)
    {
        if (node is not YamlScalar { IsNull: false } scalar)
        {
            source.Error(node, ErrorCodes.WrongType, $"'{key}' must be a vocabulary id, found {node.Describe}");
            return null;
        }
        var id = scalar.Value.Trim();
        var concept = vocabulary.Find(id);
        if (concept is not null && concept.Kinds.Contains(kind)) return id;
        var kindName = Names<ConceptKind>.Id(kind);
        if (concept is not null)
        {
            source.Error(node, ErrorCodes.UnknownConcept, $"'{id}' in '{key}' is not {WithArticle(kindName)} in the vocabulary (it is {WithArticle(string.Join(" and ", concept.Kinds.Select(Names<ConceptKind>.Id)))})");
            return null;
        }
        var named = vocabulary.Resolve(id, kind);
        var suggestion = named?.Id ?? vocabulary.Nearest(id, kind, 1).FirstOrDefault();
        source.Error(node, ErrorCodes.UnknownConcept, $"unknown {kindName} '{id}' in '{key}'{Spelling.DidYouMean(suggestion)}; add it to vocabulary.yaml or use an existing id");
        return null;
    }

    private static List<Finding> ReadFindings(MappingReader parent, ConceptVocabulary vocabulary, IReadOnlyList<string> conditions)
    {
        var findings = new List<Finding>();
        foreach (var node in parent.List("findings"))
        {
            var map = MappingReader.Over(node, parent.Source, "a finding");
            if (map is null) continue;
            var errorsBefore = map.Source.Errors.Count;
            var condition = RequiredConcept(map, "condition", ConceptKind.Condition, vocabulary);
            var outcome = RequiredConcept(map, "outcome", ConceptKind.Outcome, vocabulary);
            var intervention = map.Node("intervention") is { } i ? ConceptId(i, map.Source, "intervention", ConceptKind.Intervention, vocabulary) : null;
            var comparator = map.Node("comparator") is { } c ? ConceptId(c, map.Source, "comparator", ConceptKind.Intervention, vocabulary) : null;
            var direction = map.RequiredEnum<Direction>("direction");
            var effect = map.RequiredText("effect", 2_000);
            var certainty = map.OptionalEnum<Certainty>("certainty") ?? Certainty.NotAssessed;
            map.Finish();
            if (condition is not null && !conditions.Contains(condition))
                map.Source.Error(map.Node("condition")!, ErrorCodes.InvalidValue, $"finding condition '{condition}' is not listed in 'conditions'");
            if (map.Source.Errors.Count == errorsBefore)
                findings.Add(new Finding(condition!, outcome!, intervention, comparator, direction!.Value, effect!, certainty));
        }
        return findings;
    }

    private static string? RequiredConcept(MappingReader map, string key, ConceptKind kind, ConceptVocabulary vocabulary)
    {
        var node = map.Node(key);
        if (node is not null) return ConceptId(node, map.Source, key, kind, vocabulary);
        map.Missing(key, $"{WithArticle(Names<ConceptKind>.Id(kind))} id from the vocabulary");
        return null;
    }

    private static List<AdverseEvent> ReadAdverseEvents(MappingReader parent, ConceptVocabulary vocabulary)
    {
        var events = new List<AdverseEvent>();
        foreach (var node in parent.List("adverseEvents"))
        {
            var map = MappingReader.Over(node, parent.Source, "an adverse event");
            if (map is null) continue;
            var name = RequiredConcept(map, "event", ConceptKind.AdverseEvent, vocabulary);
            var frequency = map.OptionalText("frequency", 500);
            var severity = map.OptionalEnum<Severity>("severity") ?? Severity.NotReported;
            var note = map.OptionalText("note", 1_000);
            var observed = map.OptionalBoolean("observed") ?? true;
            map.Finish();
            if (!observed && map.Node("severity") is not null)
                map.Source.Error(map.Node("severity")!, ErrorCodes.InvalidValue, "an event that was not observed has no severity; leave 'severity' out when 'observed' is false");
            if (name is not null) events.Add(new AdverseEvent(name, frequency, severity, note, observed));
        }
        return events;
    }

    private static List<Quote> ReadQuotes(MappingReader parent)
    {
        var quotes = new List<Quote>();
        foreach (var node in parent.List("quotes"))
        {
            var map = MappingReader.Over(node, parent.Source, "a quote");
            if (map is null) continue;
            var text = map.RequiredText("text", QuoteMaxLength);
            var location = map.RequiredText("location", 300);
            map.Finish();
            if (text is not null && location is not null) quotes.Add(new Quote(text, location));
        }
        return quotes;
    }

    private static Review? ReadReview(MappingReader parent)
    {
        var node = parent.Node("review");
        if (node is null)
        {
            parent.Missing("review", "a mapping with 'status' and 'verification'");
            return null;
        }
        var map = MappingReader.Over(node, parent.Source, "'review'");
        if (map is null) return null;
        var status = map.RequiredEnum<ReviewStatus>("status");
        var verification = map.RequiredEnum<Verification>("verification");
        var verified = map.TextList("verified", 100);
        var unverified = map.TextList("unverified", 300);
        var notes = map.OptionalText("notes", 5_000);
        var checkedAt = map.TextList("checkedAt", 2_000);
        var checkedAgainst = map.TextList("checkedAgainst", 120);
        var unlinkedReason = map.OptionalText("unlinkedReason", 1_000);
        if (map.Node("checkedAgainst") is YamlSequence items)
        {
            foreach (var item in items.Items.OfType<YamlScalar>().Where(item => !item.IsNull && !FactsItemPattern().IsMatch(item.Value.Trim())))
                map.Source.Error(item, ErrorCodes.InvalidValue, $"'{item.Value.Trim()}' in 'checkedAgainst' must name a facts-file item like 'microneedling-citations.md#11'");
        }
        map.Finish();
        if (verification is Verification.PartlyVerified or Verification.Unverified && unverified.Count == 0 && notes is null)
            map.Missing("unverified", "the fields that could not be checked (a partly verified source must say what is unverified)");
        if (status is null || verification is null) return null;
        return new Review(status.Value, verification.Value, verified, unverified, notes, checkedAt)
        {
            CheckedAgainst = checkedAgainst,
            UnlinkedReason = unlinkedReason,
        };
    }

    /// <summary>"an intervention", "an adverse-event", "a condition".</summary>
    private static string WithArticle(string word) => ("aeiou".Contains(word[0]) ? "an " : "a ") + word;
}
