using Evidence.Corpus.Model;
using Evidence.Synthesis.Claims;

namespace Evidence.Synthesis.Tests.Claims;

/// <summary>
/// The acceptance suite: every claim in <see cref="FixtureClaims"/> and <see cref="SeedClaims"/> gets the verdict and
/// assertion kind a careful reader gave it, and the rules every answer must keep hold on each of them.
/// </summary>
public sealed class ClaimAcceptanceTests
{
    [Theory]
    [MemberData(nameof(FixtureClaims.Cases), MemberType = typeof(FixtureClaims))]
    public void FixtureClaim_GetsTheCarefulReadersVerdict(string claim, string verdict, string kind, string reason)
    {
        var (vocabulary, sources) = ClaimCorpora.Fixture;
        AssertVerdict(new ClaimChecker(vocabulary).Check(claim, sources), verdict, kind, reason);
    }

    [Theory]
    [MemberData(nameof(SeedClaims.Cases), MemberType = typeof(SeedClaims))]
    public void SeedClaim_GetsTheCarefulReadersVerdict(string claim, string verdict, string kind, string reason)
    {
        var (vocabulary, sources) = ClaimCorpora.Seed;
        AssertVerdict(new ClaimChecker(vocabulary).Check(claim, sources), verdict, kind, reason);
    }

    private static void AssertVerdict(ClaimCheck check, string verdict, string kind, string reason)
    {
        var because = $"\"{check.Claim}\" should be {verdict} ({kind}) because: {reason}\nIt was {Names<Verdict>.Id(check.Verdict)} ({Names<AssertionKind>.Id(check.Recognised.Kind)}): {check.Reason}";
        Assert.True(Names<Verdict>.Id(check.Verdict) == verdict && Names<AssertionKind>.Id(check.Recognised.Kind) == kind, because);
        Assert.False(string.IsNullOrWhiteSpace(check.Reason));
        AssertKeepsTheRules(check);
    }

    /// <summary>What holds for every answer, whatever the claim.</summary>
    private static void AssertKeepsTheRules(ClaimCheck check)
    {
        var counted = check.Supporting.Concat(check.Contradicting).ToList();
        var harmClaim = check.Recognised.Kind is AssertionKind.Harm or AssertionKind.AbsoluteSafety or AssertionKind.Safety;
        // Harms are decided by harms, benefits by benefits.
        if (harmClaim) Assert.All(counted, e => Assert.NotEqual(EvidenceKind.Finding, e.Kind));
        else Assert.All(counted, e => Assert.NotEqual(EvidenceKind.AdverseEventReport, e.Kind));
        // Looked for and not seen never supports a harm.
        Assert.DoesNotContain(check.Supporting, e => e.Observed == false && check.Recognised.Kind is AssertionKind.Harm && !check.Recognised.Negated);
        // Absolute claims are never supported, and "not understood" or "not covered" never comes with evidence.
        if (check.Recognised.Absolute) Assert.Empty(check.Supporting);
        if (check.Verdict is Verdict.NotUnderstood or Verdict.NotCovered) Assert.Empty(counted);
        if (check.Verdict is Verdict.NotCovered) Assert.NotNull(check.NotCovered);
        // Every piece of evidence says which comparison it is, and why it stands where it stands.
        Assert.All(counted.Concat(check.Related), e => Assert.False(string.IsNullOrWhiteSpace(e.Comparison) || string.IsNullOrWhiteSpace(e.Bearing)));
        Assert.Equal(check.Directness is Directness.IndirectOnly, counted.Count > 0 && counted.All(e => e.Indirect));
    }
}
