using System.Text.Json;
using Evidence.Corpus.Facts;
using Evidence.Corpus.Model;
using Evidence.Synthesis.Summaries;

namespace Evidence.Synthesis.Tests.Synthesis;

/// <summary>
/// The summary counted from fact tables is the summary the record-by-record rules give
/// (<see cref="ReferenceOutcomeSummaryBuilder"/>, the former implementation, kept as the oracle): on random libraries
/// large enough to cut every listing, split into blocks with deleted rows, for every condition, treatment and outcome filter;
/// likewise the evidence map (<see cref="ReferenceEvidenceMapBuilder"/>).
/// </summary>
public sealed class FactSummaryEquivalenceTests
{
    private static readonly string[] Conditions = ["acne-scars", "alopecia", "hyperpigmentation"];
    private static readonly string[] Outcomes = ["scar-appearance", "hair-count", "hyperpigmentation"];
    private static readonly string[] Treatments =
        ["microneedling", "in-office-microneedling", "home-microneedling-device", "platelet-rich-plasma", "minoxidil", "microneedling-with-prp",
         "microneedling-with-prp-twice-monthly", "radiofrequency-microneedling", "fractional-co2-laser", "no-active-treatment", "sham-microneedling"];

    /// <summary>How often a report says: no word, words of each class, rates either side of the 1% line.</summary>
    private static readonly string?[] Frequencies = [null, "in some", "rare", "common", "3 of 40", "0.5%"];

    private const int Size = 1500;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static TheoryData<int> Seeds => [1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CountedFromFactBlocks_WithDeletedRows_IsTheSummaryOfTheLiveRecords(int seed)
    {
        var random = new Random(seed);
        var (live, blocks) = RandomLibrary(random, 250, 260);
        var reference = new ReferenceOutcomeSummaryBuilder(ComparisonFixtures.Vocabulary);
        var counted = new OutcomeSummaryBuilder(ComparisonFixtures.Vocabulary);

        foreach (var condition in Conditions)
            foreach (var treatment in Treatments.Prepend(null))
                foreach (var outcomes in new[] { null, new[] { Outcomes[random.Next(Outcomes.Length)] } })
                {
                    var expected = JsonSerializer.Serialize(reference.Build(live, condition, outcomes, treatment), Json);
                    Assert.Equal(expected, JsonSerializer.Serialize(counted.Build(blocks, condition, outcomes, treatment), Json));
                }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CountedInParallelParts_CutAcrossBlocks_IsTheSameSummary(int seed)
    {
        var random = new Random(seed);
        var (live, blocks) = RandomLibrary(random, 100, 250, 260, 700, 1100);
        var reference = new ReferenceOutcomeSummaryBuilder(ComparisonFixtures.Vocabulary);
        var parallel = new OutcomeSummaryBuilder(ComparisonFixtures.Vocabulary) { ParallelFromRows = 0 };

        foreach (var condition in Conditions)
            foreach (var treatment in new[] { null, "microneedling" })
            {
                var expected = JsonSerializer.Serialize(reference.Build(live, condition, null, treatment), Json);
                Assert.Equal(expected, JsonSerializer.Serialize(parallel.Build(blocks, condition, null, treatment), Json));
            }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MapCountedFromFactBlocks_WithDeletedRows_IsTheMapOfTheLiveRecords(int seed)
    {
        var (live, blocks) = RandomLibrary(new Random(seed), 600);
        var reference = new ReferenceEvidenceMapBuilder(ComparisonFixtures.Vocabulary);
        var counted = new Map.EvidenceMapBuilder(ComparisonFixtures.Vocabulary);

        foreach (var condition in Conditions.Prepend(null))
            foreach (var treatment in Treatments.Prepend(null))
                Assert.Equal(JsonSerializer.Serialize(reference.Build(live, treatment, condition), Json), JsonSerializer.Serialize(counted.Build(blocks, treatment, condition), Json));
    }

    [Fact]
    public void TheRandomLibraries_FillEveryListing_SoTheCutIsTested()
    {
        var random = new Random(1);
        var sources = Enumerable.Range(0, Size).Select(i => RandomSource(random, i)).ToList();
        var summary = new OutcomeSummaryBuilder(ComparisonFixtures.Vocabulary).Build(sources, "acne-scars");

        Assert.Contains(summary.Outcomes.SelectMany(o => o.Comparisons), c => c.FindingsTotal > Listing.Limit);
        Assert.Contains(summary.AdverseEvents, a => a.ReportsTotal > Listing.Limit && a.NotSeenTotal > 0);
        Assert.True(summary.FlaggedTotal > Listing.Limit);
    }

    /// <summary>
    /// <see cref="Size"/> random sources, one in ten deleted, cut into blocks at <paramref name="cuts"/>: the live records
    /// (what the oracle reads) and the blocks (what the fact-table builders read, deleted rows included and skipped).
    /// </summary>
    internal static (List<StudySummary> Live, List<FactBlock> Blocks) RandomLibrary(Random random, params int[] cuts)
    {
        var sources = Enumerable.Range(0, Size).Select(i => RandomSource(random, i)).ToList();
        var deleted = sources.Select(_ => random.Next(10) == 0).ToArray();
        int[] edges = [0, .. cuts, Size];
        var blocks = edges.Zip(edges.Skip(1), (from, to) =>
        {
            var rows = sources.GetRange(from, to - from);
            return new FactBlock(FactTable.From(rows), row => !deleted[from + row], row => rows[row]);
        }).ToList();
        return (sources.Where((_, i) => !deleted[i]).ToList(), blocks);
    }

    /// <summary>A source with random design, year, size, review state, concepts, findings and adverse events; few levels and years, so listings tie.</summary>
    private static StudySummary RandomSource(Random random, int index)
    {
        T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
        string? Skewed(string[] values) => random.Next(2) == 0 ? null : values[(int)(Math.Pow(random.NextDouble(), 3) * values.Length)];
        var design = Pick(Enum.GetValues<StudyDesign>());
        var conditions = Conditions.Where(_ => random.Next(3) == 0).ToList();
        var treatments = Treatments.Where(_ => random.Next(6) == 0).ToList();
        var findings = Enumerable.Range(0, random.Next(5)).Select(_ => new Finding(
            Pick(Conditions), Pick(Outcomes), Skewed(Treatments), Skewed(Treatments), Pick(Enum.GetValues<Direction>()), "Fixture effect.", Certainty.Low)).ToList();
        var adverse = Enumerable.Range(0, random.Next(3)).Select(_ => new AdverseEvent(
            "hyperpigmentation", Pick(Frequencies), Pick(Enum.GetValues<Severity>()), null, random.Next(4) != 0)).ToList();
        return SynthesisFixtures.Source($"random-{index:D4}", design, random.Next(4) == 0 ? null : 10 + random.Next(300)) with
        {
            Year = random.Next(5) == 0 ? null : 2018 + random.Next(3),
            Conditions = conditions,
            Interventions = treatments,
            Findings = findings,
            AdverseEvents = adverse,
            Review = new Review(Pick(Enum.GetValues<ReviewStatus>()), Pick(Enum.GetValues<Verification>()), [], [], null, []),
        };
    }
}
