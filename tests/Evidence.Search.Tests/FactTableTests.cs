using Evidence.Corpus.Facts;
using Evidence.Testing;
using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

/// <summary>The facts synthesis counts, as the index keeps them per segment: the live records' facts, after edits, deletions and a restart.</summary>
public sealed class FactTableTests : IndexTestBase
{
    [Fact]
    public void FactBlocks_HoldTheLiveRecordsFacts_AfterAnEditADeletionAndAnAddition()
    {
        Corpus.Write("fixture-acne-rct", TestCorpus.Source("fixture-acne-rct", "Fixture: edited", 2021, "cohort", ["acne-scars"], ["microneedling"],
            [("acne-scars", "scar-appearance", "no-difference", "No difference."), ("scars", "scar-appearance", "worsened", "Worse.")], [("infection", "One case")]));
        Corpus.Delete("fixture-striae-series");
        Corpus.Write("fixture-added", TestCorpus.Source("fixture-added", "Fixture: added", 2019, "case-report", ["scars"], ["microneedling"], [], [("erythema", "Once")]));
        Library.Sync([Corpus.PathOf("fixture-acne-rct"), Corpus.PathOf("fixture-striae-series"), Corpus.PathOf("fixture-added")]);

        Assert.Equal(Expected(), Indexed());
        Reopen();
        Assert.Equal(Expected(), Indexed());
    }

    [Fact]
    public void ASegmentsTable_IsReadOnce_AndSharedByLaterReads()
    {
        var first = Library.ReadFacts(blocks => blocks.Select(b => b.Table).ToList());
        var second = Library.ReadFacts(blocks => blocks.Select(b => b.Table).ToList());

        Assert.NotEmpty(first);
        Assert.Equal(first.Count, second.Count);
        Assert.All(first.Zip(second), pair => Assert.Same(pair.First, pair.Second));
    }

    [Fact]
    public void RowsOnCondition_AreTheRowsNamingAnyOfTheConditions_ThemselvesOrInAFinding_InRowOrder()
    {
        var table = FactTable.From(SynthesisRecords());
        var named = Enumerable.Range(0, table.Concepts.Length).Where(o => RowsNaming(table, [o]).Any()).ToList();
        Assert.True(named.Count >= 3, "the fixture names several conditions");

        foreach (var set in named.Select(o => new[] { o }).Concat(named.Zip(named.Skip(1), (a, b) => new[] { a, b })).Append([.. named]).Append([]))
        {
            var mask = new bool[table.Concepts.Length];
            foreach (var ordinal in set) mask[ordinal] = true;
            Assert.Equal(RowsNaming(table, set), table.RowsOnCondition(mask).ToArray());
        }
    }

    private static IEnumerable<int> RowsNaming(FactTable t, int[] conditions) => Enumerable.Range(0, t.Count).Where(row =>
        t.Conditions[t.ConditionStart[row]..t.ConditionStart[row + 1]].Concat(t.FindingConditions[t.FindingStart[row]..t.FindingStart[row + 1]]).Any(conditions.Contains));

    private List<string> Indexed() => Library.ReadFacts(blocks =>
        blocks.SelectMany(block => Enumerable.Range(0, block.Table.Count).Where(block.IsLive).Select(row => Describe(block.Table, row))).Order(StringComparer.Ordinal).ToList());

    private List<string> Expected()
    {
        var table = FactTable.From(SynthesisRecords());
        return [.. Enumerable.Range(0, table.Count).Select(row => Describe(table, row)).Order(StringComparer.Ordinal)];
    }

    private static string Describe(FactTable t, int row)
    {
        string Ids(int[] values, int[] start) => string.Join(",", values[start[row]..start[row + 1]].Select(o => o == FactTable.None ? "-" : t.Concepts[o]));
        var findings = Enumerable.Range(t.FindingStart[row], t.FindingStart[row + 1] - t.FindingStart[row])
            .Select(f => $"{t.Concepts[t.FindingConditions[f]]}/{t.Concepts[t.FindingOutcomes[f]]}/{Name(t, t.FindingInterventions[f])}/{Name(t, t.FindingComparators[f])}/{t.FindingDirections[f]}");
        var adverse = Enumerable.Range(t.AdverseStart[row], t.AdverseStart[row + 1] - t.AdverseStart[row])
            .Select(a => $"{t.Concepts[t.AdverseEvents[a]]}/{t.AdverseObserved[a]}/{t.AdverseSeverities[a]}/{t.AdverseFrequencies[a]}");
        return $"{t.Ids[row]} {t.Designs[row]} L{t.Levels[row]} {t.Year(row)} n={t.SampleSizes[row]} {t.Statuses[row]}/{t.Verifications[row]} " +
            $"c[{Ids(t.Conditions, t.ConditionStart)}] i[{Ids(t.Interventions, t.InterventionStart)}] vs[{Ids(t.Comparators, t.ComparatorStart)}] f[{string.Join(";", findings)}] a[{string.Join(";", adverse)}]";
    }

    private static string Name(FactTable t, int ordinal) => ordinal == FactTable.None ? "-" : t.Concepts[ordinal];
}
