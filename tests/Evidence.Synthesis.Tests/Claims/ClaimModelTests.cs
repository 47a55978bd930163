using Evidence.Corpus.Model;
using Evidence.Synthesis.Claims;

namespace Evidence.Synthesis.Tests.Claims;

/// <summary>The claim model: what the grammar reads from a sentence, on the fixture vocabulary.</summary>
public sealed class ClaimModelTests
{
    private static readonly ClaimChecker Checker = new(ClaimCorpora.Fixture.Vocabulary);

    [Fact]
    public void Benefit_ReadsTreatmentConditionOutcome_AndKeepsTheOlderDirection()
    {
        var claim = Checker.Recognise("Exercise therapy reduces joint pain in knee osteoarthritis");

        Assert.Equal(AssertionKind.Benefit, claim.Kind);
        Assert.Equal("exercise-therapy", claim.Intervention!.Id);
        Assert.Equal("knee-osteoarthritis", claim.Condition!.Id);
        Assert.Equal("joint-pain", claim.Outcome!.Id);
        Assert.Equal(Direction.Improved, claim.Direction);
        Assert.False(claim.Negated || claim.Hedged || claim.Absolute);
        Assert.Empty(claim.NotUnderstood);
    }

    [Theory]
    [InlineData("Exercise does not reduce back pain", AssertionKind.NoEffect, true)]
    [InlineData("Exercise doesn't help back pain", AssertionKind.NoEffect, true)]
    [InlineData("Exercise never causes falls", AssertionKind.Harm, true)]
    [InlineData("Exercise causes falls, but not often", AssertionKind.Harm, false)]
    [InlineData("Exercise helps knee pain, but it does not cure it", AssertionKind.Benefit, false)]
    public void Negation_ReachesOnlyTheNextCue_InTheSameClause(string text, AssertionKind kind, bool negated)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(kind, claim.Kind);
        Assert.Equal(negated, claim.Negated);
    }

    [Theory]
    [InlineData("Exercise may reduce knee pain", true)]
    [InlineData("Exercise could possibly help knee arthritis", true)]
    [InlineData("Exercise reduces knee pain", false)]
    public void Hedges_AreRecorded_WithoutChangingTheKind(string text, bool hedged)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Benefit, claim.Kind);
        Assert.Equal(hedged, claim.Hedged);
    }

    [Theory]
    [InlineData("Home exercise is better than supervised exercise", ClaimedComparison.Better)]
    [InlineData("Home exercise is no better than supervised exercise", ClaimedComparison.Same)]
    [InlineData("Home exercise works just as well as supervised exercise", ClaimedComparison.AsGoodAs)]
    [InlineData("Home exercise is not as good as supervised exercise", ClaimedComparison.Worse)]
    [InlineData("Home exercise gives equivalent results to supervised exercise", ClaimedComparison.Same)]
    [InlineData("Home exercise is inferior to supervised exercise", ClaimedComparison.Worse)]
    public void Comparisons_ReadTheComparatorAfterTheMarker(string text, ClaimedComparison comparison)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Comparative, claim.Kind);
        Assert.Equal(comparison, claim.Comparison);
        Assert.Equal("home-exercise", claim.Intervention!.Id);
        Assert.Equal("supervised-exercise", claim.Comparator!.Id);
    }

    [Fact]
    public void AsWellAs_BeforeACondition_IsNotAComparison()
    {
        var claim = Checker.Recognise("Exercise helps knee osteoarthritis as well as back pain");

        Assert.Equal(AssertionKind.Benefit, claim.Kind);
        Assert.Null(claim.Comparator);
    }

    [Theory]
    [InlineData("Exercise can cause sore muscles", null)]
    [InlineData("Sore muscles are a common side effect of exercise", ClaimedFrequency.Common)]
    [InlineData("Muscle soreness after exercise is rare", ClaimedFrequency.Rare)]
    [InlineData("Exercise often leads to aching muscles", ClaimedFrequency.Common)]
    public void Harms_ReadTheHarm_AndHowOftenItIsSaidToHappen(string text, ClaimedFrequency? frequency)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.Equal("muscle-soreness", claim.Harm!.Id);
        Assert.Equal("exercise-therapy", claim.Intervention!.Id);
        Assert.Equal(frequency, claim.Frequency);
        Assert.Null(claim.Direction);
    }

    [Fact]
    public void AConditionNamedAsAHarm_IsTheHarm_NotTheConditionTreated()
    {
        var claim = Checker.Recognise("Exercise causes knee osteoarthritis");

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.Equal("knee-osteoarthritis", claim.Harm!.Id);
        Assert.Null(claim.Condition);
    }

    [Theory]
    [InlineData("Exercise has no side effects")]
    [InlineData("Exercise is completely safe")]
    [InlineData("Exercise is risk-free")]
    [InlineData("Exercise doesn't have any side effects")]
    [InlineData("Exercise is totally harmless")]
    public void AbsoluteSafety_InSeveralWordings(string text)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.AbsoluteSafety, claim.Kind);
        Assert.True(claim.Absolute);
    }

    [Fact]
    public void NoRiskOfANamedHarm_IsANegatedHarm()
    {
        var claim = Checker.Recognise("There is no risk of joint infection with steroid injections");

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.True(claim.Negated);
        Assert.Equal("joint-infection", claim.Harm!.Id);
    }

    [Theory]
    [InlineData("Steroid injections increase the risk of joint infection", "joint-infection", false)]
    [InlineData("Exercise raises the risk of knee osteoarthritis", "knee-osteoarthritis", false)]
    [InlineData("Exercise increases your chance of knee osteoarthritis", "knee-osteoarthritis", false)]
    [InlineData("Steroid injections do not increase the risk of joint infection", "joint-infection", true)]
    [InlineData("Exercise does not increase the risk of knee osteoarthritis", "knee-osteoarthritis", true)]
    public void RaisingTheRiskOfSomething_OrNot_IsAHarmClaimAboutIt_NeverABenefitOrAbsoluteSafety(string text, string harm, bool negated)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.Equal(negated, claim.Negated);
        Assert.Equal(harm, claim.Harm!.Id);
        Assert.Null(claim.Condition);
        Assert.Empty(claim.AlsoAsserts);
    }

    [Theory]
    [InlineData("Exercise leads to better mobility", AssertionKind.Benefit)]
    [InlineData("Exercise results in improved mobility", AssertionKind.Benefit)]
    [InlineData("Exercise causes an improvement in knee pain", AssertionKind.Benefit)]
    [InlineData("Exercise does not lead to better mobility", AssertionKind.NoEffect)]
    public void ACausalVerbWhoseObjectIsAnImprovement_AssertsTheImprovement_NeverAHarm(string text, AssertionKind kind)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(kind, claim.Kind);
        Assert.Null(claim.Harm);
        Assert.True(claim.Condition is not null || claim.Outcome is not null);
        Assert.Empty(claim.AlsoAsserts);
    }

    [Theory]
    [InlineData("Exercise causes knee pain")]
    [InlineData("Exercise leads to mobility")]
    public void ACausalVerbWhoseObjectIsOnlyAnOutcome_IsNotUnderstood_NeverHarmInGeneral(string text)
    {
        var check = Checker.Check(text, ClaimCorpora.Fixture.Sources);

        Assert.Equal(Verdict.NotUnderstood, check.Verdict);
        Assert.Contains("not a harm", check.Reason);
        Assert.Empty(check.Supporting);
    }

    [Theory]
    [InlineData("Exercise produces less knee osteoarthritis than a steroid injection")]
    [InlineData("Exercise produces fewer sore muscles")]
    public void AVerbOfMakingWithLess_IsNotUnderstood_NeverMoreOfIt(string text)
    {
        var check = Checker.Check(text, ClaimCorpora.Fixture.Sources);

        Assert.Equal(Verdict.NotUnderstood, check.Verdict);
        Assert.NotEqual(AssertionKind.Worse, check.Recognised.Kind);
        Assert.Empty(check.Contradicting);
        Assert.Empty(check.Supporting);
    }

    [Theory]
    [InlineData("Exercise causes more sore muscles", "muscle-soreness")]
    [InlineData("Exercise causes more knee osteoarthritis", "knee-osteoarthritis")]
    public void ACausalVerbWithMoreOfSomething_IsAHarmClaim(string text, string harm)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.Equal(harm, claim.Harm!.Id);
    }

    [Theory]
    [InlineData("Exercise worsens muscle soreness", false)]
    [InlineData("Exercise increases sore muscles", false)]
    [InlineData("Exercise does not worsen muscle soreness", true)]
    public void MoreOfAHarm_IsAHarmClaim_NeverPrevention(string text, bool negated)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.Equal(negated, claim.Negated);
        Assert.Equal("muscle-soreness", claim.Harm!.Id);
    }

    [Theory]
    [InlineData("Exercise lowers the risk of knee osteoarthritis")]
    [InlineData("Exercise reduces the chance of knee osteoarthritis")]
    [InlineData("Exercise cuts the odds of knee osteoarthritis")]
    public void LessRiskOfACondition_IsPrevention_NeverABenefitForTheCondition(string text)
    {
        var check = Checker.Check(text, ClaimCorpora.Fixture.Sources);

        Assert.Equal(Verdict.NotUnderstood, check.Verdict);
        Assert.Contains("claims of prevention", check.Reason);
        Assert.Empty(check.Recognised.AlsoAsserts);
        Assert.Empty(check.Recognised.NotUnderstood);
    }

    [Theory]
    [InlineData("Exercise cures knee osteoarthritis")]
    [InlineData("Exercise gets rid of knee pain for good")]
    [InlineData("Exercise completely reduces knee pain")]
    public void AbsoluteEfficacy_InSeveralWordings(string text)
    {
        Assert.Equal(AssertionKind.AbsoluteEfficacy, Checker.Recognise(text).Kind);
    }

    [Fact]
    public void ACombinationIsRead_FromTheTreatmentAndWhatItAdds()
    {
        var claim = Checker.Recognise("Exercise plus a knee brace helps tendon pain");

        Assert.Equal("exercise-with-brace", claim.Intervention!.Id);
        Assert.Equal("tendinopathy", claim.Condition!.Id);
    }

    [Fact]
    public void WordsInsideAConcept_AreNeverCues()
    {
        // "aching" and "joints" name the outcome; there is no assertion in this sentence.
        var claim = Checker.Recognise("Exercise and aching joints");

        Assert.Equal(AssertionKind.NotUnderstood, claim.Kind);
        Assert.Equal("joint-pain", claim.Outcome!.Id);
    }

    [Fact]
    public void UnknownVerbs_AreNotUnderstood_AndShown()
    {
        var claim = Checker.Recognise("Exercise revolutionises knee osteoarthritis");

        Assert.Equal(AssertionKind.NotUnderstood, claim.Kind);
        Assert.Null(claim.Direction);
        Assert.Contains("revolutionises", claim.NotUnderstood);
    }

    [Fact]
    public void AFurtherAssertion_IsListed_NotSilentlyMerged()
    {
        var claim = Checker.Recognise("Exercise is safe and effective for knee pain");

        Assert.Equal(AssertionKind.Safety, claim.Kind);
        Assert.Contains("effective", claim.AlsoAsserts);
    }

    [Theory]
    [InlineData("Exercise increases cartilage loss", false)]
    [InlineData("Exercise worsens cartilage loss", false)]
    [InlineData("Exercise does not increase cartilage loss", true)]
    public void MoreOfAnAdverseEvent_IsAHarmClaim_EvenWhenItIsAlsoAnOutcome(string text, bool negated)
    {
        // Cartilage loss is an outcome and an adverse event: more of it is never a benefit.
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.Equal("cartilage-loss", claim.Harm!.Id);
        Assert.Equal(negated, claim.Negated);
    }

    [Theory]
    [InlineData("Exercise causes no falls", "falls", true, false)]
    [InlineData("Exercise leaves no sore muscles", "muscle-soreness", true, false)]
    [InlineData("Exercise can leave sore muscles", "muscle-soreness", false, true)]
    [InlineData("Exercise causes falls", "falls", false, false)]
    public void NoRightAfterTheVerb_NegatesIt_AndLeavingAHarm_IsAHarmClaim(string text, string harm, bool negated, bool hedged)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.Equal(harm, claim.Harm!.Id);
        Assert.Equal(negated, claim.Negated);
        Assert.Equal(hedged, claim.Hedged);
    }

    [Theory]
    [InlineData("Knee osteoarthritis after exercise is rare", ClaimedFrequency.Rare)]
    [InlineData("Falls after exercise are common", ClaimedFrequency.Common)]
    public void HowOftenAHarmOrAConditionHappensAfterATreatment_IsAHarmClaim(string text, ClaimedFrequency frequency)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.Harm, claim.Kind);
        Assert.Equal(frequency, claim.Frequency);
    }

    [Theory]
    [InlineData("Exercise leaves joints smoother")]
    [InlineData("Exercise for sore muscles")]
    [InlineData("Knee osteoarthritis is common")]
    [InlineData("Exercise is recommended for back pain")]
    public void LeavingAResult_OrNamingAHarmAsATopic_IsNotAHarmClaim(string text) =>
        Assert.Equal(AssertionKind.NotUnderstood, Checker.Recognise(text).Kind);

    [Fact]
    public void MoreOfACondition_IsWorse_MoreOfAnOutcome_IsBenefit()
    {
        Assert.Equal(AssertionKind.Worse, Checker.Recognise("Exercise increases back pain").Kind);
        Assert.Equal(AssertionKind.Benefit, Checker.Recognise("Exercise increases mobility").Kind);
    }

    [Theory]
    [InlineData("Exercise reduces the risk of falls")]
    [InlineData("Exercise leads to fewer falls")]
    [InlineData("Exercise lowers the chance of a fall")]
    public void Prevention_OfAHarm_IsNotUnderstood_NeverReadAsCausingIt(string text)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.NotUnderstood, claim.Kind);
        Assert.Null(claim.Direction);
    }

    [Theory]
    [InlineData("Exercise prevents back pain")]
    [InlineData("Exercise protects against falls")]
    [InlineData("Exercise does not prevent back pain")]
    [InlineData("Exercise helps prevent back pain")]
    [InlineData("Exercise is effective in preventing falls")]
    public void Prevention_OfACondition_IsNotUnderstood_AndSaysWhy_NeverReadAsTreatingIt(string text)
    {
        // Findings say whether a treatment improves a condition people have, not whether it keeps new cases away.
        var check = Checker.Check(text, ClaimCorpora.Fixture.Sources);

        Assert.Equal(AssertionKind.NotUnderstood, check.Recognised.Kind);
        Assert.Null(check.Recognised.Direction);
        Assert.Equal(Verdict.NotUnderstood, check.Verdict);
        Assert.Contains("claims of prevention", check.Reason);
        Assert.DoesNotContain(check.Recognised.NotUnderstood, word => word.StartsWith("prevent", StringComparison.OrdinalIgnoreCase) || word == "protects");
    }

    [Theory]
    [InlineData("Exercise is safer than a steroid injection")]
    [InlineData("Exercise causes more sore muscles than a steroid injection")]
    public void ComparisonsOfHarms_AreNotUnderstood_NeverReadAsBenefit(string text)
    {
        var claim = Checker.Recognise(text);

        Assert.Equal(AssertionKind.NotUnderstood, claim.Kind);
        Assert.Null(claim.Comparison);
    }

    [Fact]
    public void AComparativeVerb_TakesTheComparatorAsItsObject()
    {
        var claim = Checker.Recognise("Supervised exercise beats home exercise for knee pain");

        Assert.Equal(ClaimedComparison.Better, claim.Comparison);
        Assert.Equal("home-exercise", claim.Comparator!.Id);
    }

    [Fact]
    public void ASecondHarm_IsListed_AsNotChecked()
    {
        var claim = Checker.Recognise("Steroid injections cause joint infection and cartilage loss");

        Assert.Equal("joint-infection", claim.Harm!.Id);
        Assert.Contains("cartilage loss", claim.AlsoAsserts);
    }

    [Theory]
    [InlineData("Microneedling is safe", AssertionKind.Safety)]
    [InlineData("Microneedling is unsafe", AssertionKind.Safety)]
    [InlineData("Microneedling is completely safe", AssertionKind.AbsoluteSafety)]
    [InlineData("Microneedling can cause side effects", AssertionKind.Harm)]
    public void SafetyWords_TheVocabularyGivesToAHarm_StillReadAsAJudgement(string text, AssertionKind kind)
    {
        // The seed vocabulary lists "safe" and "unsafe" among the lay words for side effects, for the search.
        var vocabulary = ClaimCorpora.Seed.Vocabulary;
        Assert.Contains("safe", vocabulary.Find("side-effects-unspecified")!.AllTerms);

        var claim = new ClaimChecker(vocabulary).Recognise(text);

        Assert.Equal(kind, claim.Kind);
        Assert.Equal("microneedling", claim.Intervention!.Id);
    }

    [Fact]
    public void Comparator_IsAControl_OnlyWhenTheVocabularySaysSo_NotByItsName()
    {
        // "No-needle mesotherapy" is an active treatment, though its id starts like "no active treatment".
        var (vocabulary, sources) = ClaimCorpora.Seed;

        var check = new ClaimChecker(vocabulary).Check("Microneedling with vitamin C improves skin texture", sources);

        var meso = Assert.Single(check.Related, e => e.Comparator == "no-needle-mesotherapy");
        Assert.Equal("Microneedling with topical vitamin C vs no-needle mesotherapy", meso.Comparison);
        Assert.Contains("another active treatment (no-needle mesotherapy)", meso.Bearing);
    }
}
