using Evidence.Corpus.Loading;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Tests;

public sealed class VocabularyTests
{
    /// <summary>Terms that deliberately name two concepts of one kind, because lay readers use them for both.</summary>
    private static readonly HashSet<string> AmbiguousTerms = ["dark patches"];

    private static readonly Lazy<ConceptVocabulary> SeedVocabulary = new(() =>
    {
        var errors = new List<CorpusError>();
        var vocabulary = CorpusLoader.LoadVocabulary(RepositoryPaths.Corpus, errors);
        Assert.Empty(errors.Select(error => error.ToString()));
        return vocabulary;
    });

    private static ConceptVocabulary Vocabulary => SeedVocabulary.Value;

    [Fact]
    public void Vocabulary_MapsStretchMarksToStriaeDistensae()
    {
        Assert.Equal("striae-distensae", Vocabulary.Resolve("stretch marks")?.Id);
        Assert.Equal("striae-distensae", Vocabulary.Resolve("Stretch Marks", ConceptKind.Condition)?.Id);
    }

    [Fact]
    public void Vocabulary_MapsHairLossToAndrogeneticAlopecia()
    {
        Assert.Equal("androgenetic-alopecia", Vocabulary.Resolve("hair loss", ConceptKind.Condition)?.Id);
        Assert.Equal("androgenetic-alopecia", Vocabulary.Resolve("thinning hair")?.Id);
        Assert.Equal("androgenetic-alopecia", Vocabulary.Resolve("balding")?.Id);
    }

    [Fact]
    public void Vocabulary_MapsRednessToErythema()
    {
        Assert.Equal("erythema", Vocabulary.Resolve("redness")?.Id);
        Assert.Equal("erythema", Vocabulary.Resolve("redness", ConceptKind.AdverseEvent)?.Id);
    }

    [Fact]
    public void Vocabulary_MapsDarkPatchesToMelasmaOrHyperpigmentation()
    {
        var concept = Vocabulary.Resolve("dark patches", ConceptKind.Condition);

        Assert.NotNull(concept);
        Assert.Contains(concept.Id, new[] { "melasma", "hyperpigmentation" });
        Assert.Contains("melasma", Vocabulary.SelfAndDescendants(concept.Id));
    }

    [Fact]
    public void Vocabulary_MapsPercutaneousCollagenInductionToMicroneedling() =>
        Assert.Equal("microneedling", Vocabulary.Resolve("percutaneous collagen induction", ConceptKind.Intervention)?.Id);

    [Theory]
    [InlineData("collagen induction therapy", "microneedling")]
    [InlineData("skin needling", "microneedling")]
    [InlineData("dermaroller treatment", "microneedling")]
    [InlineData("dermarolling", "microneedling")]
    [InlineData("derma roller", "microneedling")]
    [InlineData("derma pen", "microneedling")]
    [InlineData("micro needling", "microneedling")]
    [InlineData("at-home dermaroller", "home-microneedling-device")]
    [InlineData("home derma roller", "home-microneedling-device")]
    [InlineData("RF microneedling", "radiofrequency-microneedling")]
    [InlineData("fractional radiofrequency microneedling", "radiofrequency-microneedling")]
    [InlineData("PRP", "platelet-rich-plasma")]
    [InlineData("vampire facial", "platelet-rich-plasma")]
    [InlineData("TXA", "tranexamic-acid")]
    [InlineData("ascorbic acid", "vitamin-c")]
    [InlineData("Rogaine", "minoxidil")]
    [InlineData("fractional laser", "fractional-laser")]
    [InlineData("male pattern hair loss", "androgenetic-alopecia")]
    [InlineData("female pattern hair loss", "androgenetic-alopecia")]
    [InlineData("striae", "striae-distensae")]
    [InlineData("white stretch marks", "striae-alba")]
    [InlineData("pregnancy mask", "melasma")]
    [InlineData("brown patches", "melasma")]
    [InlineData("dark spots", "hyperpigmentation")]
    [InlineData("PIH", "post-inflammatory-hyperpigmentation")]
    [InlineData("wrinkles", "rhytides")]
    [InlineData("sun damage", "photoageing")]
    [InlineData("ageing skin", "photoageing")]
    [InlineData("large pores", "enlarged-pores")]
    [InlineData("acne scars", "acne-scars")]
    [InlineData("keloid", "keloids")]
    [InlineData("chickenpox scars", "varicella-scars")]
    [InlineData("MASI", "melasma-severity")]
    [InlineData("GAIS", "global-aesthetic-improvement")]
    [InlineData("swelling", "oedema")]
    [InlineData("tram-track scars", "tram-track-scarring")]
    [InlineData("side effects", "side-effects-unspecified")]
    public void Vocabulary_ResolvesTerm(string term, string expectedId) =>
        Assert.Equal(expectedId, Vocabulary.Resolve(term)?.Id);

    [Fact]
    public void Vocabulary_PlacesAcneScarsUnderScars()
    {
        var scars = Vocabulary.SelfAndDescendants("scars");

        Assert.Contains("acne-scars", scars);
        Assert.Contains("hypertrophic-scars", scars);
        Assert.Contains("keloids", scars);
        Assert.Contains("burn-scars", scars);
        Assert.DoesNotContain("striae-distensae", scars);
    }

    [Theory]
    [InlineData("striae-distensae", "striae-alba")]
    [InlineData("striae-distensae", "striae-rubra")]
    [InlineData("hyperpigmentation", "melasma")]
    [InlineData("hyperpigmentation", "post-inflammatory-hyperpigmentation")]
    [InlineData("alopecia", "androgenetic-alopecia")]
    [InlineData("rosacea", "erythematotelangiectatic-rosacea")]
    [InlineData("microneedling", "radiofrequency-microneedling")]
    [InlineData("microneedling", "microneedling-with-prp")]
    [InlineData("microneedling", "in-office-microneedling")]
    [InlineData("fractional-laser", "fractional-co2-laser")]
    public void Vocabulary_PlacesNarrowerConceptUnderBroader(string broader, string narrower) =>
        Assert.Contains(narrower, Vocabulary.SelfAndDescendants(broader));

    [Fact]
    public void Vocabulary_DirectVariantsOfMicroneedling_LeaveOutCombinations()
    {
        // The format contract: home and in-office microneedling are microneedling; a combination that adds
        // a treatment (PRP, minoxidil, radiofrequency energy, a delivered drug) is indirect evidence for it.
        var direct = Vocabulary.DirectVariants("microneedling");

        Assert.Contains("in-office-microneedling", direct);
        Assert.Contains("home-microneedling-device", direct);
        foreach (var combination in new[] { "microneedling-with-prp", "microneedling-with-minoxidil", "microneedling-with-tranexamic-acid", "microneedling-with-vitamin-c", "radiofrequency-microneedling", "microneedle-drug-delivery" })
        {
            Assert.DoesNotContain(combination, direct);
            Assert.Contains(combination, Vocabulary.SelfAndDescendants("microneedling"));
            Assert.NotEmpty(Vocabulary.Find(combination)!.Adds);
        }
        Assert.Equal(["platelet-rich-plasma"], Vocabulary.Find("microneedling-with-prp")!.Adds);
        Assert.Equal(["radiofrequency"], Vocabulary.Find("radiofrequency-microneedling")!.Adds);
    }

    [Theory]
    [InlineData("acne-scars", ConceptKind.Condition)]
    [InlineData("scars", ConceptKind.Condition)]
    [InlineData("striae-distensae", ConceptKind.Condition)]
    [InlineData("androgenetic-alopecia", ConceptKind.Condition)]
    [InlineData("melasma", ConceptKind.Condition)]
    [InlineData("hyperpigmentation", ConceptKind.Condition)]
    [InlineData("post-inflammatory-hyperpigmentation", ConceptKind.Condition)]
    [InlineData("rosacea", ConceptKind.Condition)]
    [InlineData("rhytides", ConceptKind.Condition)]
    [InlineData("photoageing", ConceptKind.Condition)]
    [InlineData("skin-rejuvenation", ConceptKind.Condition)]
    [InlineData("enlarged-pores", ConceptKind.Condition)]
    [InlineData("hypertrophic-scars", ConceptKind.Condition)]
    [InlineData("keloids", ConceptKind.Condition)]
    [InlineData("burn-scars", ConceptKind.Condition)]
    [InlineData("microneedling", ConceptKind.Intervention)]
    [InlineData("radiofrequency-microneedling", ConceptKind.Intervention)]
    [InlineData("platelet-rich-plasma", ConceptKind.Intervention)]
    [InlineData("tranexamic-acid", ConceptKind.Intervention)]
    [InlineData("vitamin-c", ConceptKind.Intervention)]
    [InlineData("minoxidil", ConceptKind.Intervention)]
    [InlineData("fractional-laser", ConceptKind.Intervention)]
    [InlineData("home-microneedling-device", ConceptKind.Intervention)]
    [InlineData("scar-appearance", ConceptKind.Outcome)]
    [InlineData("hair-count", ConceptKind.Outcome)]
    [InlineData("hair-thickness", ConceptKind.Outcome)]
    [InlineData("hair-density", ConceptKind.Outcome)]
    [InlineData("melasma-severity", ConceptKind.Outcome)]
    [InlineData("wrinkle-severity", ConceptKind.Outcome)]
    [InlineData("striae-appearance", ConceptKind.Outcome)]
    [InlineData("erythema-severity", ConceptKind.Outcome)]
    [InlineData("patient-satisfaction", ConceptKind.Outcome)]
    [InlineData("erythema", ConceptKind.AdverseEvent)]
    [InlineData("oedema", ConceptKind.AdverseEvent)]
    [InlineData("pain", ConceptKind.AdverseEvent)]
    [InlineData("post-inflammatory-hyperpigmentation", ConceptKind.AdverseEvent)]
    [InlineData("infection", ConceptKind.AdverseEvent)]
    [InlineData("tram-track-scarring", ConceptKind.AdverseEvent)]
    [InlineData("granulomatous-reaction", ConceptKind.AdverseEvent)]
    [InlineData("contact-dermatitis", ConceptKind.AdverseEvent)]
    [InlineData("side-effects-unspecified", ConceptKind.AdverseEvent)]
    public void Vocabulary_DefinesRequiredConcept(string id, ConceptKind kind)
    {
        var concept = Vocabulary.Find(id);

        Assert.NotNull(concept);
        Assert.Contains(kind, concept.Kinds);
    }

    [Fact]
    public void Vocabulary_DefinesEveryConceptTheCorpusUses()
    {
        var snapshot = CorpusLoader.Load(RepositoryPaths.Corpus);
        var used = snapshot.Summaries.SelectMany(summary =>
            summary.Conditions.Select(id => (id, ConceptKind.Condition))
                .Concat(summary.Interventions.Select(id => (id, ConceptKind.Intervention)))
                .Concat(summary.Comparators.Select(id => (id, ConceptKind.Intervention)))
                .Concat(summary.Findings.SelectMany(finding => new[]
                {
                    (finding.Condition, ConceptKind.Condition),
                    (finding.Outcome, ConceptKind.Outcome),
                    (finding.Intervention, ConceptKind.Intervention),
                    (finding.Comparator, ConceptKind.Intervention),
                }.Where(pair => pair.Item1 is not null).Select(pair => (pair.Item1!, pair.Item2))))
                .Concat(summary.AdverseEvents.Select(adverse => (adverse.Event, ConceptKind.AdverseEvent))))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, pair =>
        {
            var concept = Vocabulary.Find(pair.Item1);
            Assert.True(concept is not null && concept.Kinds.Contains(pair.Item2), $"'{pair.Item1}' is used as a {pair.Item2} but the vocabulary has no such concept");
        });
    }

    [Fact]
    public void Vocabulary_GivesNoTermToTwoConceptsOfOneKind()
    {
        var clashes = Enum.GetValues<ConceptKind>()
            .SelectMany(kind => Vocabulary.Concepts
                .Where(concept => concept.Kinds.Contains(kind))
                .SelectMany(concept => concept.AllTerms.Append(concept.Id).Select(term => (Term: ConceptVocabulary.Normalise(term), concept.Id)).Distinct())
                .GroupBy(pair => pair.Term)
                .Where(group => group.Count() > 1 && !AmbiguousTerms.Contains(group.Key))
                .Select(group => $"{kind}: '{group.Key}' names {string.Join(", ", group.Select(pair => pair.Id))}"))
            .ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void Vocabulary_ParentsShareAKindWithTheirChildren()
    {
        var mismatched = Vocabulary.Concepts
            .Where(concept => concept.Parent is not null)
            .Where(concept => !Vocabulary.Find(concept.Parent!)!.Kinds.Intersect(concept.Kinds).Any())
            .Select(concept => concept.Id)
            .ToList();

        Assert.Empty(mismatched);
    }
}
