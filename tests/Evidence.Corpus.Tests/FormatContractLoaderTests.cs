using System.Text;
using Evidence.Corpus.Loading;
using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Tests;

/// <summary>The fields of the format contract: adverse events not observed, a review's included designs, combinations that add a treatment.</summary>
public sealed class FormatContractLoaderTests
{
    private static readonly ConceptVocabulary Vocabulary = CorpusLoader.ReadVocabulary("vocabulary.yaml", Encoding.UTF8.GetBytes("""
        concepts:
          - { id: acne-scars, kinds: [condition], label: Atrophic acne scars }
          - { id: scar-appearance, kinds: [outcome], label: Scar appearance }
          - { id: microneedling, kinds: [intervention], label: Microneedling }
          - { id: infection, kinds: [adverse-event], label: Infection }
          - { id: erythema, kinds: [adverse-event], label: Erythema }
        """), []);

    private const string Review = """
        id: review-2020
        title: Fixture review
        year: 2020
        publication: { type: journal-article, journal: Journal of Fixtures }
        identifiers: { doi: 10.5555/review-2020 }
        design: systematic-review
        interventions: [microneedling]
        conditions: [acne-scars]
        adverseEvents:
          - { event: erythema, severity: mild }
          - { event: infection }
        review: { status: draft, verification: verified }
        """;

    private static SourceFile Load(string yaml) =>
        CorpusLoader.ReadSource("sources/review-2020.yaml", Encoding.UTF8.GetBytes(yaml), Vocabulary);

    private static StudySummary Valid(string yaml)
    {
        var file = Load(yaml);
        Assert.True(file.IsValid, string.Join("\n", file.Errors));
        return file.Summary!;
    }

    private static CorpusError Single(string yaml)
    {
        var file = Load(yaml);
        Assert.False(file.IsValid);
        return Assert.Single(file.Errors);
    }

    private static string WithIncluded(string list) =>
        Review.Replace("design: systematic-review", "design: systematic-review\nincludedDesigns: " + list);

    [Fact]
    public void AdverseEvent_IsObservedByDefault()
    {
        var summary = Valid(Review);

        Assert.All(summary.AdverseEvents, adverse => Assert.True(adverse.Observed));
    }

    [Fact]
    public void AdverseEvent_ObservedFalse_IsAnEventLookedForAndNotSeen()
    {
        var summary = Valid(Review.Replace("  - { event: infection }", "  - { event: infection, observed: false, frequency: No bacterial infections were reported }"));

        var infection = Assert.Single(summary.AdverseEvents, adverse => adverse.Event == "infection");
        Assert.False(infection.Observed);
        Assert.True(Assert.Single(summary.AdverseEvents, adverse => adverse.Event == "erythema").Observed);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("yes")]
    [InlineData("\"false\"")]
    [InlineData("[false]")]
    public void AdverseEvent_Observed_MustBeTrueOrFalse(string value)
    {
        var error = Single(Review.Replace("  - { event: infection }", "  - { event: infection, observed: " + value + " }"));

        Assert.Equal(ErrorCodes.WrongType, error.Code);
        Assert.Equal((11, 35), (error.Line, error.Column));
        Assert.Contains("expected true or false", error.Message);
    }

    [Fact]
    public void AdverseEvent_NotObserved_HasNoSeverity()
    {
        var error = Single(Review.Replace("  - { event: erythema, severity: mild }", "  - { event: erythema, severity: mild, observed: false }"));

        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Equal((10, 34), (error.Line, error.Column));
        Assert.Contains("not observed has no severity", error.Message);
    }

    [Fact]
    public void IncludedDesigns_AreReadInOrder_WithOtherAsAFlag()
    {
        var summary = Valid(WithIncluded("[randomised-controlled-trial, case-series, other]"));

        Assert.Equal([StudyDesign.RandomisedControlledTrial, StudyDesign.CaseSeries], summary.IncludedDesigns);
        Assert.True(summary.IncludesOtherDesigns);
        Assert.True(summary.IncludedDesignsRecorded);
    }

    [Fact]
    public void IncludedDesigns_Absent_MeansNotRecorded()
    {
        var summary = Valid(Review);

        Assert.Empty(summary.IncludedDesigns);
        Assert.False(summary.IncludesOtherDesigns);
        Assert.False(summary.IncludedDesignsRecorded);
    }

    [Fact]
    public void IncludedDesigns_ReportsAnUnknownDesign_WithPositionAndSuggestion()
    {
        var error = Single(WithIncluded("[randomised-controlled-trial, case-serie]"));

        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Equal((7, 48), (error.Line, error.Column));
        Assert.Contains("did you mean 'case-series'?", error.Message);
        Assert.Contains("other", error.Message);
    }

    [Theory]
    [InlineData("[]", "is empty")]
    [InlineData("[case-series, case-series]", "listed twice")]
    [InlineData("[other, other]", "listed twice")]
    [InlineData("case-series", "must be a list")]
    [InlineData("[[case-series]]", "expected one of")]
    public void IncludedDesigns_RejectsBadLists(string list, string message)
    {
        var error = Single(WithIncluded(list));

        Assert.Equal(7, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("[randomised-controlled-trial]", 1)]
    [InlineData("[randomised-controlled-trial, non-randomised-controlled-trial]", 2)]
    [InlineData("[randomised-controlled-trial, other]", 2)]
    [InlineData("[cohort, case-series]", 4)]
    [InlineData("[non-randomised-controlled-trial, cohort]", 3)]
    [InlineData("[cohort, other]", 4)]
    [InlineData("[animal-or-laboratory]", 5)]
    public void Level_OfAReview_FollowsWhatItIncludes(string list, int level)
    {
        var summary = Valid(WithIncluded(list));

        Assert.Equal(level, summary.Level.Level);
        Assert.False(summary.Level.IsOverride);
        Assert.False(string.IsNullOrWhiteSpace(summary.Level.Reason));
    }

    [Fact]
    public void Level_OfAReview_WithUnrecordedMakeup_IsThree()
    {
        var summary = Valid(Review);

        Assert.Equal(3, summary.Level.Level);
        Assert.Contains("not recorded", summary.Level.Reason);
    }

    [Fact]
    public void Level_Override_StillWins_OverIncludedDesigns()
    {
        var summary = Valid(WithIncluded("[randomised-controlled-trial]").Replace("includedDesigns:", "evidence: { level: 2, reason: small trials with high risk of bias }\nincludedDesigns:"));

        Assert.Equal(2, summary.Level.Level);
        Assert.True(summary.Level.IsOverride);
        Assert.Equal("small trials with high risk of bias", summary.Level.Reason);
    }

    [Fact]
    public void Vocabulary_ReadsAdds()
    {
        var vocabulary = Vocabulary_("""
            concepts:
              - { id: microneedling, kinds: [intervention], label: Microneedling }
              - { id: prp, kinds: [intervention], label: Platelet-rich plasma }
              - { id: microneedling-with-prp, kinds: [intervention], label: Microneedling with PRP, parent: microneedling, adds: [prp] }
            """, out var errors);

        Assert.Empty(errors);
        Assert.Equal(["prp"], vocabulary.Find("microneedling-with-prp")!.Adds);
        Assert.Empty(vocabulary.Find("microneedling")!.Adds);
    }

    [Theory]
    [InlineData("adds: [pr]", 4, 119, "adds unknown concept 'pr' (did you mean 'prp'?)")]
    [InlineData("adds: [acne]", 4, 119, "adds 'acne', which is not an intervention")]
    [InlineData("adds: [microneedling]", 4, 119, "cannot add 'microneedling'")]
    [InlineData("adds: prp", 4, 118, "'adds' must be a list")]
    public void Vocabulary_ReportsBadAdds_AtTheItem(string adds, int line, int column, string message)
    {
        Vocabulary_($$"""
            concepts:
              - { id: microneedling, kinds: [intervention], label: Microneedling }
              - { id: prp, kinds: [intervention], label: Platelet-rich plasma }
              - { id: microneedling-with-prp, kinds: [intervention], label: Microneedling with PRP, parent: microneedling, {{adds}} }
              - { id: acne, kinds: [condition], label: Acne }
            """, out var errors);

        var error = Assert.Single(errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Vocabulary_ACombination_NeedsAParent()
    {
        Vocabulary_("""
            concepts:
              - { id: prp, kinds: [intervention], label: Platelet-rich plasma }
              - { id: needling-with-prp, kinds: [intervention], label: Needling with PRP, adds: [prp] }
            """, out var errors);

        var error = Assert.Single(errors);
        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.Contains("has 'adds' but no 'parent'", error.Message);
    }

    [Fact]
    public void Vocabulary_OnlyAnInterventionAdds()
    {
        Vocabulary_("""
            concepts:
              - { id: prp, kinds: [intervention], label: Platelet-rich plasma }
              - { id: scars, kinds: [condition], label: Scars }
              - { id: acne-scars, kinds: [condition], label: Acne scars, parent: scars, adds: [prp] }
            """, out var errors);

        Assert.Contains("is not an intervention", Assert.Single(errors).Message);
    }

    [Fact]
    public void DirectVariants_StopAtACombination()
    {
        var vocabulary = Vocabulary_("""
            concepts:
              - { id: microneedling, kinds: [intervention], label: Microneedling }
              - { id: in-office, kinds: [intervention], label: In-office, parent: microneedling }
              - { id: in-office-pen, kinds: [intervention], label: In-office pen, parent: in-office }
              - { id: prp, kinds: [intervention], label: PRP }
              - { id: with-prp, kinds: [intervention], label: With PRP, parent: microneedling, adds: [prp] }
              - { id: with-prp-pen, kinds: [intervention], label: With PRP by pen, parent: with-prp }
            """, out var errors);

        Assert.Empty(errors);
        Assert.Equal(["microneedling", "in-office", "in-office-pen"], vocabulary.DirectVariants("microneedling"));
        Assert.Equal(["microneedling", "in-office", "with-prp", "in-office-pen", "with-prp-pen"], vocabulary.SelfAndDescendants("microneedling"));
        Assert.Equal(["with-prp", "with-prp-pen"], vocabulary.DirectVariants("with-prp"));
    }

    private static ConceptVocabulary Vocabulary_(string yaml, out List<CorpusError> errors)
    {
        errors = [];
        return CorpusLoader.ReadVocabulary("vocabulary.yaml", Encoding.UTF8.GetBytes(yaml), errors);
    }
}
