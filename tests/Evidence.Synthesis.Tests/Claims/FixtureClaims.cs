namespace Evidence.Synthesis.Tests.Claims;

/// <summary>
/// The acceptance suite on the fixture library (Fixtures/ClaimCorpus, see its README): each claim with the verdict and
/// assertion kind a careful reader would give, and that reader's reason. Written before the checker; several wordings
/// per kind, lay and clinical. Verdict and kind ids are the API's kebab-case ids.
/// </summary>
public static class FixtureClaims
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // Benefit: improves / reduces / helps, decided by findings against no treatment or before/after.
        { "Exercise therapy reduces joint pain in knee osteoarthritis", "supported", "benefit", "A randomised trial against no treatment and a case series both found less pain." },
        { "Exercise helps people with knee arthritis", "supported", "benefit", "Pain and function improved against no treatment; nothing found it unhelpful." },
        { "Working out improves mobility in knee osteoarthritis", "supported", "benefit", "Function improved against no treatment; the home-versus-supervised trial compares two kinds of exercise and cannot decide it." },
        { "Therapeutic exercise is effective for gonarthrosis", "supported", "benefit", "Clinical wording of the same question: improvement against no treatment." },
        { "Exercises may ease aching joints", "mixed", "benefit", "Hedged benefit on joint pain in any condition: better in knee osteoarthritis, no change in back pain." },
        { "Exercise might reduce knee pain", "mixed", "benefit", "\"Knee pain\" is the joint-pain outcome: improved in knee osteoarthritis, unchanged in the back-pain cohort." },
        { "Exercise reduces joint pain in knee osteoarthritis in older women", "supported", "benefit", "Supported for knee osteoarthritis; \"older women\" is not understood and is shown as ignored." },
        { "Exercise helps tendon pain", "supported", "benefit", "Only indirect evidence: the one trial tested exercise with a brace, a combination, and says so." },
        // No effect.
        { "Exercise has no effect on back pain", "supported", "no-effect", "The only back-pain study found no change." },
        { "Exercise does not help low back pain", "supported", "no-effect", "Negated benefit: the back-pain cohort found no change." },
        { "Exercise doesn't work for knee arthritis", "contradicted", "no-effect", "Trials found less pain and better function in knee osteoarthritis." },
        { "Exercise therapy is ineffective for knee osteoarthritis", "contradicted", "no-effect", "Improvement against no treatment contradicts \"ineffective\"." },
        { "Exercise makes no difference to knee osteoarthritis", "contradicted", "no-effect", "A phrasal \"no effect\": improvement contradicts it." },
        // Worse.
        { "Exercise makes knee arthritis worse", "contradicted", "worse", "Exercise improved knee osteoarthritis in every study against no treatment." },
        { "Exercise worsens knee osteoarthritis", "contradicted", "worse", "Clinical wording of the same: contradicted by improvement." },
        { "Exercise aggravates back pain", "contradicted", "worse", "The back-pain cohort found no change, not a worsening." },
        { "Exercise does not worsen back pain", "supported", "worse", "Negated worse: no change is what it says." },
        // Comparative: better than / as good as / same as / worse than, in either order, decided only by head-to-head findings.
        { "Exercise is as good as a steroid injection for knee pain", "supported", "comparative", "The head-to-head trial found no difference in pain." },
        { "Exercise works as well as cortisone shots for knee arthritis", "supported", "comparative", "Lay names for the same comparison: no difference." },
        { "Steroid injections are better than exercise for knee osteoarthritis", "contradicted", "comparative", "Read the other way round: no difference, so not better." },
        { "Exercise is more effective than corticosteroid injection for knee pain", "contradicted", "comparative", "No difference, so not more effective." },
        { "Home exercise gives the same results as exercise with a physio", "mixed", "comparative", "Pain was worse at home, function the same: the two outcomes disagree." },
        { "Exercising at home is as effective as supervised exercise for knee pain", "contradicted", "comparative", "Pain fell less at home." },
        { "Home exercise is worse than physiotherapist-led exercise for knee pain", "supported", "comparative", "Pain fell less at home." },
        { "Supervised exercise is better than home exercise for knee pain", "supported", "comparative", "The same finding read from the other side." },
        { "Home exercise is not as good as exercise with a physio for knee pain", "supported", "comparative", "\"Not as good as\" is \"worse than\"." },
        { "Home exercise is no better than supervised exercise for mobility", "supported", "comparative", "\"No better than\" is \"the same as\": function did not differ." },
        { "Exercise is better than a knee brace for knee pain", "not-covered", "comparative", "No source studies a knee brace on its own, let alone against exercise." },
        { "Exercise is better than a steroid injection for back pain", "insufficient-evidence", "comparative", "Both are covered, but no study compares them in back pain." },
        // Harm: can cause / risk of / may lead to / side effect, decided by adverse-event reports and harm results only.
        { "Exercise can cause muscle soreness", "supported", "harm", "A trial observed soreness in 30 of 100." },
        { "Sore muscles are a side effect of exercise therapy", "supported", "harm", "Passive wording of the same harm." },
        { "A risk of exercise therapy is muscle soreness", "supported", "harm", "\"Risk of\" is a harm claim: soreness was observed." },
        { "Exercise may lead to falls", "supported", "harm", "A fall was observed with home exercise; a trial that saw none neither supports nor contradicts \"can cause\"." },
        { "Exercise therapy carries a risk of joint infection", "insufficient-evidence", "harm", "No exercise source reports joint infection; the injection trial is about another treatment." },
        { "Steroid injections can cause joint infection", "supported", "harm", "Observed: 1 in 200 injections." },
        { "Side effects of steroid injections include joint infection", "supported", "harm", "The same harm in other words." },
        { "Steroid injections can lead to cartilage loss", "supported", "harm", "A harm result: cartilage volume fell more than with saline." },
        { "Exercise causes cartilage damage", "insufficient-evidence", "harm", "Cartilage loss was measured and did not differ: that neither supports nor contradicts \"causes\"." },
        { "Exercise causes knee osteoarthritis", "insufficient-evidence", "harm", "A harm claim about the condition: no source reports it as a harm; findings that exercise improves it are about benefit." },
        { "Steroid injections can have side effects", "supported", "harm", "Side effects in general: joint infection and cartilage loss were observed." },
        // Harm frequency: common / rare (CIOMS: common is 1 in 100 or more).
        { "Exercise commonly causes sore muscles", "supported", "harm", "Reported as common (30 of 100)." },
        { "Falls are common with exercise", "contradicted", "harm", "One fall was reported as rare, and a trial saw none: both count against \"common\"." },
        { "Joint infection after a steroid injection is rare", "supported", "harm", "Reported as rare (1 in 200)." },
        { "Steroid injections often cause joint infections", "contradicted", "harm", "Reported as rare, not often." },
        // Negated harm.
        { "Exercise does not cause falls", "contradicted", "harm", "A fall was observed with home exercise." },
        { "Exercise never causes muscle soreness", "contradicted", "harm", "Soreness was observed in 30 of 100." },
        { "Steroid injections do not cause joint infection", "contradicted", "harm", "A joint infection was observed." },
        // Absolute safety.
        { "Exercise therapy has no side effects", "contradicted", "absolute-safety", "Muscle soreness and a fall were observed." },
        { "Exercise is completely safe", "contradicted", "absolute-safety", "Any observed adverse event contradicts \"completely safe\"." },
        { "Steroid injections are risk-free", "contradicted", "absolute-safety", "A joint infection was observed." },
        { "A cortisone shot is 100% safe", "contradicted", "absolute-safety", "Lay wording of the same." },
        { "Exercise is harmless", "contradicted", "absolute-safety", "Soreness and a fall were observed." },
        { "Exercise is safe", "insufficient-evidence", "safety", "\"Safe\" weighs harms against benefits; the reports are shown, no verdict drawn." },
        // Absolute efficacy: never supported by mere improvement.
        { "Exercise cures knee osteoarthritis", "insufficient-evidence", "absolute-efficacy", "Improvement is not a cure; no source reports one." },
        { "Exercise permanently reduces knee pain", "insufficient-evidence", "absolute-efficacy", "\"Permanently\" goes beyond any finding." },
        { "Steroid injections eliminate joint pain", "insufficient-evidence", "absolute-efficacy", "Less pain is not no pain." },
        // Phrasing the checker must not understand: it says so, never reads "improves".
        { "Exercise is a game changer for knee osteoarthritis", "not-understood", "not-understood", "No assertion the grammar knows." },
        { "Exercise and knee osteoarthritis", "not-understood", "not-understood", "No assertion at all." },
        { "Exercise transforms life with knee arthritis", "not-understood", "not-understood", "An unknown verb is not read as \"improves\"." },
        { "What does exercise do for knee pain?", "not-understood", "not-understood", "A question, not a claim." },
        { "Exercise works", "not-understood", "benefit", "It does not say what exercise improves." },
        // Honest coverage: what the library lacks is named, with the nearest covered concepts.
        { "Acupuncture relieves knee pain", "not-covered", "benefit", "The library has nothing on acupuncture." },
        { "Exercise improves migraine", "not-covered", "benefit", "The library has nothing on migraine." },
        { "Steroid injections can cause diabetes", "not-covered", "harm", "No source records diabetes as a harm." },
        { "Exercise is better than acupuncture for back pain", "not-covered", "comparative", "The comparator is not in the library." },
        { "A knee brace improves knee pain", "not-covered", "benefit", "Knee braces are in the vocabulary, but no source studies one alone." },
    };
}
