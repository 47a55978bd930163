using System.Globalization;
using System.Text.RegularExpressions;
using Evidence.Corpus.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Evidence.Corpus.Importing;

/// <summary>
/// Writes the bibliographic part of a summary, the part an import fills, as a corpus YAML file. YamlDotNet's
/// emitter does the quoting; text is left plain only when it reads back as the same text in any YAML reader.
/// </summary>
public static partial class DraftSummaryWriter
{
    /// <summary>
    /// The editor hint on the first line. The path is relative to a summary in a corpus's <c>sources/</c> folder
    /// (corpus/sources/x.yaml to corpus/schema/), where imported drafts go once reviewed.
    /// </summary>
    public const string Modeline = "# yaml-language-server: $schema=../schema/study-summary.schema.json";

    private static readonly EmitterSettings Settings = new(bestIndent: 2, bestWidth: 100, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true);

    /// <summary>Words YAML 1.1 readers take as booleans or null rather than text.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "null", "true", "false", "yes", "no", "on", "off", "y", "n" };

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}0-9 .'\-]*$")]
    private static partial Regex PlainText();

    public static string Write(StudySummary summary)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.WriteLine(Modeline);
        var emitter = new Emitter(text, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));

        Key(emitter, "id"); Token(emitter, summary.Id);
        Key(emitter, "title"); Text(emitter, summary.Title);
        if (summary.Authors.Count > 0)
        {
            Key(emitter, "authors");
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
            foreach (var author in summary.Authors) Author(emitter, author);
            emitter.Emit(new SequenceEnd());
        }
        if (summary.Year is { } year) { Key(emitter, "year"); Token(emitter, year.ToString(CultureInfo.InvariantCulture)); }
        Publication(emitter, summary.Publication);
        Identifiers(emitter, summary.Identifiers);
        Key(emitter, "design"); Token(emitter, Names<StudyDesign>.Id(summary.Design));
        TokenList(emitter, "interventions", summary.Interventions);
        TokenList(emitter, "conditions", summary.Conditions);
        if (summary.Abstract is { } abstractText)
        {
            Key(emitter, "abstract");
            // Folded: long text wraps at the line width and reads back unchanged; YamlDotNet falls back to quoting where it cannot.
            if (abstractText.Length > 80 || abstractText.Contains('\n'))
                emitter.Emit(new Scalar(null, null, abstractText, ScalarStyle.Folded, isPlainImplicit: false, isQuotedImplicit: true));
            else Text(emitter, abstractText);
        }
        Review(emitter, summary.Review);

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Author(IEmitter emitter, Author author)
    {
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
        if (author.Literal is { } literal) Field(emitter, "literal", literal);
        Field(emitter, "family", author.Family);
        Field(emitter, "given", author.Given);
        emitter.Emit(new MappingEnd());
    }

    private static void Publication(IEmitter emitter, Publication publication)
    {
        Key(emitter, "publication");
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        Key(emitter, "type"); Token(emitter, Names<PublicationType>.Id(publication.Type));
        Field(emitter, "journal", publication.Journal);
        Field(emitter, "journalAbbreviation", publication.JournalAbbreviation);
        Field(emitter, "publisher", publication.Publisher);
        Field(emitter, "volume", publication.Volume);
        Field(emitter, "issue", publication.Issue);
        Field(emitter, "pages", publication.Pages);
        Field(emitter, "articleNumber", publication.ArticleNumber);
        Field(emitter, "date", publication.Date);
        emitter.Emit(new MappingEnd());
    }

    private static void Identifiers(IEmitter emitter, Identifiers identifiers)
    {
        Key(emitter, "identifiers");
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        Field(emitter, "doi", identifiers.Doi);
        Field(emitter, "pmid", identifiers.Pmid);
        Field(emitter, "pmcid", identifiers.Pmcid);
        Field(emitter, "url", identifiers.Url);
        Field(emitter, "corpus", identifiers.Corpus);
        Field(emitter, "accessed", identifiers.Accessed);
        emitter.Emit(new MappingEnd());
    }

    private static void Review(IEmitter emitter, Review review)
    {
        Key(emitter, "review");
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        Key(emitter, "status"); Token(emitter, Names<ReviewStatus>.Id(review.Status));
        Key(emitter, "verification"); Token(emitter, Names<Verification>.Id(review.Verification));
        TokenList(emitter, "verified", review.VerifiedFields);
        TokenList(emitter, "unverified", review.UnverifiedFields);
        Field(emitter, "notes", review.Notes);
        emitter.Emit(new MappingEnd());
    }

    private static void Field(IEmitter emitter, string key, string? value)
    {
        if (value is null) return;
        Key(emitter, key);
        Text(emitter, value);
    }

    /// <summary>A list of ids and field names: kebab-case words that are safe plain.</summary>
    private static void TokenList(IEmitter emitter, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        Key(emitter, key);
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
        foreach (var item in items) Text(emitter, item);
        emitter.Emit(new SequenceEnd());
    }

    private static void Key(IEmitter emitter, string key) => Token(emitter, key);

    private static void Token(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

    /// <summary>Free text: plain when it is unmistakably text ("Dermatologic Surgery"), double-quoted otherwise.</summary>
    private static void Text(IEmitter emitter, string value)
    {
        var plain = PlainText().IsMatch(value) && !Reserved.Contains(value) && !value.EndsWith(' ');
        emitter.Emit(new Scalar(null, null, value, plain ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted, isPlainImplicit: plain, isQuotedImplicit: !plain));
    }
}
