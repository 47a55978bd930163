namespace Evidence.Synthesis.Tests.Claims;

/// <summary>
/// The acceptance suite on the bundled seed corpus: the examples and claims from a consumer article on
/// microneedling, each with the verdict and kind a careful reader would give and that reader's reason. The seed
/// corpus is edited by others: when a file changes a verdict here, re-read the reason before changing the case.
/// </summary>
public static class SeedClaims
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "Microneedling reduces the appearance of acne scars", "supported", "benefit", "Randomised trial against no treatment, systematic reviews and case series all found improvement." },
        { "Dermarollers smooth wrinkles", "supported", "benefit", "Case series and reviews found wrinkles improved; lay words for microneedling and rhytides." },
        { "Microneedling may improve melasma", "supported", "benefit", "A pilot series found melasma improved with microneedling; combinations with tranexamic acid compared with microneedling alone measure the acid, not microneedling." },
        { "Microneedling reduces hyperhidrosis", "insufficient-evidence", "benefit", "Only a narrative review asserts a benefit, without data, comparison or test (direction unclear); nothing decides it." },
        { "Microneedling helps hair loss", "supported", "benefit", "Only indirect evidence: trials of microneedling added to minoxidil (versus minoxidil) and of microneedling with PRP; none on microneedling alone, and the reason says so." },
        { "Microneedling improves vitiligo", "insufficient-evidence", "benefit", "The only finding is unclear." },
        { "Microneedling has no effect on stretch marks", "insufficient-evidence", "no-effect", "The stretch-mark trials compare microneedling with microdermabrasion or CO2 laser; the statements and reviews that call it effective give no data, and no source measures it against no treatment or baseline." },
        { "Microneedling causes acne scars", "insufficient-evidence", "harm", "A harm claim about acne scars: no source reports acne scars as an adverse event; findings that it improves acne scars are about benefit." },
        { "Radiofrequency microneedling can cause burns", "insufficient-evidence", "harm", "One randomised trial looked for burns after RF microneedling and saw none; no source reports a burn, and \"none seen\" neither supports nor contradicts \"can cause\"." },
        { "Microneedling can cause infection", "supported", "harm", "An adverse-effects review reports infection (rare); \"no bacterial infections were reported\" neither supports nor contradicts it." },
        { "Microneedling can cause bleeding in people on blood thinners", "not-covered", "harm", "Bleeding is reported, but no source is about people on blood thinners (only device labelling, not in the library, names them)." },
        { "Topical products applied during microneedling can cause granulomas", "supported", "harm", "Granulomatous reactions are reported after microneedling (reviews); \"topical products applied during\" is shown as not understood." },
        { "Microneedling can cause hyperpigmentation", "supported", "harm", "Post-inflammatory hyperpigmentation is reported by reviews and a case series." },
        { "Erythema is a common side effect of microneedling", "supported", "harm", "Reviews report erythema as frequent and the most commonly reported effect." },
        { "Infection is a common side effect of microneedling", "contradicted", "harm", "Reported as rare, and looked for without being seen: both count against \"common\"." },
        { "Microneedling does not cause infection", "contradicted", "harm", "Infection is reported, if rarely." },
        { "Microneedling has no side effects", "contradicted", "absolute-safety", "Erythema, oedema, pain and rarer events are reported." },
        { "Microneedling is completely safe", "contradicted", "absolute-safety", "Any observed adverse event contradicts it." },
        { "Microneedling is safe and effective", "insufficient-evidence", "safety", "\"Safe\" is a judgement counting cannot decide; \"effective\" is flagged to check as its own claim." },
        { "Microneedling has a good safety profile", "insufficient-evidence", "safety", "A judgement of safety in other words: the reports are shown, no verdict drawn." },
        { "Microneedling's safety is proven", "insufficient-evidence", "safety", "The same judgement; \"proven\" adds nothing counting can decide." },
        { "Home microneedling produces the same results as professional treatment", "contradicted", "comparative", "The AAD says at-home devices do not give the results of in-office treatment." },
        { "At-home dermarollers give the same results as treatment by a dermatologist", "contradicted", "comparative", "The same comparison in other words: the verdict must not change with the paraphrase." },
        { "Home microneedling gives the same results as a dermatologist", "contradicted", "comparative", "A third paraphrase of the same comparison." },
        { "Microneedling works as well as CO2 laser for stretch marks", "supported", "comparative", "A randomised trial found no difference against fractional CO2 laser in striae alba." },
        { "Microneedling is better than laser for acne scars", "insufficient-evidence", "comparative", "No source left in the seed compares the two for acne scars (the review that did has no canonical record and was removed)." },
        { "Microneedling is better than microdermabrasion for stretch marks", "mixed", "comparative", "Better appearance but worse tolerated in the same trial." },
        { "Microneedling cures rosacea", "insufficient-evidence", "absolute-efficacy", "Absolute wording no finding supports." },
        { "Microneedling permanently removes stretch marks", "insufficient-evidence", "absolute-efficacy", "Improvement is not permanent removal." },
        { "Tretinoin improves acne scars", "not-covered", "benefit", "Tretinoin is not in the library; it names treatments it covers for acne scars." },
        { "Microneedling is a miracle for acne scars", "not-understood", "not-understood", "No assertion the grammar knows; the old checker read it as \"improves\"." },
        { "Microneedling increases hyperpigmentation", "supported", "harm", "More of an adverse event is a harm claim: post-inflammatory hyperpigmentation is reported; the case series that found hyperpigmentation improved is evidence of benefit and never decides it (it once contradicted the claim)." },
        { "Microneedling causes no scarring", "contradicted", "harm", "\"Causes no scarring\" denies a harm that reviews report (it was once read as \"causes scarring\" and supported)." },
        { "Microneedling can leave scars", "supported", "harm", "Scarring is reported by reviews; \"leave\" names the harm the treatment leaves." },
        { "Microneedling is painful", "supported", "harm", "A harm said of the treatment: pain is reported by trials and reviews." },
        { "Scarring after microneedling is rare", "supported", "harm", "How often a harm happens, the harm a condition the treatment is named with: reviews report scarring as rare." },
        { "Scarring after microneedling is common", "contradicted", "harm", "The same reviews report scarring as rare." },
        { "Microneedling is not recommended for people with active acne", "not-understood", "not-understood", "A recommendation weighs benefits against harms, as \"safe\" does; it was once read as \"does not help acne\" and contradicted by acne findings." },
        { "Microneedling leaves skin smoother", "not-understood", "not-understood", "What a treatment leaves behind is a harm only when it names one; smoother skin is a result, never read as a harm." },
        { "Microneedling with PRP is better than microneedling alone for acne scars", "supported", "comparative", "A split-face trial and a meta-analysis found the combination better than microneedling alone." },
    };
}
