using System.Text;

namespace Evidence.Bench.Corpus;

/// <summary>Writes a <see cref="SyntheticSummary"/> in the corpus's YAML layout (the loader's strict schema).</summary>
public static class SummaryYaml
{
    public static string Write(SyntheticSummary s)
    {
        var yaml = new StringBuilder(3_000);
        yaml.Append("id: ").Append(s.Id).Append('\n');
        yaml.Append("title: ").Append(Quoted(s.Title)).Append('\n');
        yaml.Append("authors:\n");
        foreach (var (family, given) in s.Authors) yaml.Append("  - { family: ").Append(family).Append(", given: ").Append(given).Append(" }\n");
        yaml.Append("year: ").Append(s.Year).Append('\n');
        yaml.Append("publication:\n  type: journal-article\n  journal: ").Append(s.Journal)
            .Append("\n  volume: \"").Append(1 + s.Index % 60).Append("\"\n  pages: \"").Append(1 + s.Index % 900).Append('-').Append(9 + s.Index % 900).Append("\"\n");
        yaml.Append("identifiers:\n  doi: ").Append(s.Doi).Append('\n');
        yaml.Append("design: ").Append(s.Design).Append('\n');
        yaml.Append("population:\n  description: ").Append(Quoted($"{s.SampleSize} adults treated in a dermatology clinic.")).Append("\n  sampleSize: ").Append(s.SampleSize).Append('\n');
        yaml.Append("interventions: [").AppendJoin(", ", s.Interventions).Append("]\n");
        if (s.Comparators.Count > 0) yaml.Append("comparators: [").AppendJoin(", ", s.Comparators).Append("]\n");
        yaml.Append("conditions: [").AppendJoin(", ", s.Conditions).Append("]\n");
        Folded(yaml, "summary", s.Summary);
        if (s.Findings.Count > 0)
        {
            yaml.Append("findings:\n");
            foreach (var f in s.Findings)
            {
                yaml.Append("  - condition: ").Append(f.Condition).Append("\n    outcome: ").Append(f.Outcome)
                    .Append("\n    intervention: ").Append(f.Intervention).Append("\n    direction: ").Append(f.Direction)
                    .Append("\n    effect: ").Append(Quoted(f.Effect)).Append("\n    certainty: ").Append(f.Certainty).Append('\n');
            }
        }
        if (s.AdverseEvents.Count > 0)
        {
            yaml.Append("adverseEvents:\n");
            foreach (var a in s.AdverseEvents)
                yaml.Append("  - event: ").Append(a.Event).Append("\n    frequency: ").Append(Quoted(a.Frequency)).Append("\n    severity: ").Append(a.Severity).Append('\n');
        }
        if (s.KeyPoints.Count > 0)
        {
            yaml.Append("keyPoints:\n");
            foreach (var point in s.KeyPoints) yaml.Append("  - ").Append(Quoted(point)).Append('\n');
        }
        Folded(yaml, "abstract", s.Abstract);
        yaml.Append("review:\n  status: ").Append(s.Status).Append("\n  verification: ")
            .Append(s.Status == "reviewed" ? "verified\n" : "partly-verified\n  verified: [title, journal, year, doi]\n  unverified: [pages, pmid, author-given-names]\n");
        return yaml.ToString();
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A folded block scalar wrapped near 100 columns, as the hand-written summaries are.</summary>
    private static void Folded(StringBuilder yaml, string key, string text)
    {
        yaml.Append(key).Append(": >-\n");
        var line = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line > 0 && line + word.Length > 98)
            {
                yaml.Append('\n');
                line = 0;
            }
            yaml.Append(line == 0 ? "  " : " ").Append(word);
            line += word.Length + 1;
        }
        yaml.Append('\n');
    }
}
