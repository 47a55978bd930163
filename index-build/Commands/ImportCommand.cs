using System.CommandLine;
using Evidence.Corpus.Importing;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;

namespace Evidence.IndexBuild.Commands;

/// <summary>
/// <c>import FILE... --out DIR</c>: turns PubMed and Zotero exports into draft summaries, one YAML file a record.
/// Exits 0 when records were imported or all were already present, 1 when any record failed (the rest are still
/// imported), 2 on usage errors.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output)
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "Reference files: CSL-JSON (Zotero, PubMed citation exporter), RIS, PubMed .nbib or PubMed XML.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDirectory = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the drafts (<id>.yaml each); created if missing, and given a vocabulary.yaml so it validates as a corpus.",
            HelpName = "DIR",
            Required = true,
        };
        var format = new Option<string?>("--format") { Description = "The files' format: csl-json, ris, nbib or pubmed-xml; detected from the content when left out.", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong([.. Names<ReferenceFormat>.Ids]);
        var vocabulary = new Option<FileInfo>("--vocabulary")
        {
            Description = "Vocabulary that keywords and MeSH headings are matched against, copied into --out when it has none; a vocabulary.yaml already in --out is used instead.",
            HelpName = "FILE",
            DefaultValueFactory = _ => new FileInfo(Path.Combine(CorpusArguments.DefaultCorpus, CorpusLoader.VocabularyFileName)),
        };
        var corpus = new Option<DirectoryInfo?>("--corpus")
        {
            Description = "An existing corpus to check too: records whose DOI or PMID it already has are skipped.",
            HelpName = "DIR",
        };
        var command = new Command("import", "Import references as draft study summaries (status imported, unverified, no findings).")
        {
            files, outDirectory, format, vocabulary, corpus,
        };
        command.SetAction(result => Run(
            result.GetValue(files)!,
            result.GetValue(outDirectory)!,
            Names<ReferenceFormat>.TryParse(result.GetValue(format), out var chosen) ? chosen : null,
            result.GetValue(vocabulary)!,
            result.GetValue(corpus),
            output));
        return command;
    }

    public static int Run(IReadOnlyList<FileInfo> files, DirectoryInfo outDirectory, ReferenceFormat? format, FileInfo vocabulary, DirectoryInfo? corpus, TextWriter output)
    {
        if (files.FirstOrDefault(file => !file.Exists) is { } missing)
        {
            output.WriteLine($"error: reference file '{missing}' does not exist");
            return 2;
        }
        if (corpus is { Exists: false })
        {
            output.WriteLine($"error: corpus folder '{corpus}' does not exist");
            return 2;
        }
        ReferenceImporter importer;
        try
        {
            importer = ReferenceImporter.Open(outDirectory.FullName, vocabulary.FullName, corpus is null ? [] : [corpus.FullName]);
        }
        catch (ImportSetupException setup)
        {
            output.WriteLine("error: " + setup.Message);
            return 2;
        }

        var outcomes = files.SelectMany(file => importer.ImportFile(file.ToString(), format)).ToList();
        foreach (var outcome in outcomes.Where(outcome => outcome.Status != ImportStatus.Imported)) output.WriteLine(outcome);
        var imported = outcomes.Count(outcome => outcome.Status == ImportStatus.Imported);
        var present = outcomes.Count(outcome => outcome.Status == ImportStatus.AlreadyPresent);
        var failed = outcomes.Count(outcome => outcome.Status == ImportStatus.Failed);
        output.WriteLine($"{imported} imported, {present} already present, {failed} skipped with errors");
        return failed == 0 && imported + present > 0 ? 0 : 1;
    }
}
