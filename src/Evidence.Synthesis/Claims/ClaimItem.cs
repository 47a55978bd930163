using Evidence.Corpus.Facts;
using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Claims;

/// <summary>
/// One piece of claim evidence as the rules find it in the fact tables: where it is (block, row, and the finding or
/// report as an index into the table's columns) and what deciding, wording and ordering need. Only the pieces an
/// answer lists become <see cref="ClaimEvidence"/>, read from their whole records: a check can match tens of thousands.
/// <see cref="Moved"/> marks indirect evidence shown beside direct evidence, not counted.
/// </summary>
internal readonly record struct ClaimItem(
    int Block,
    int Row,
    int Item,
    EvidenceKind Kind,
    bool Indirect,
    string SourceId,
    StudyDesign Design,
    int Level,
    int? Year,
    Direction? Direction,
    bool? Observed,
    Severity? Severity,
    bool Moved = false)
{
    public static ClaimItem OfFinding(FactBlock block, int index, int row, int finding, EvidenceKind kind, bool indirect)
    {
        var table = block.Table;
        return new(index, row, finding, kind, indirect, table.Ids[row]!, table.Designs[row], table.Levels[row], table.Year(row),
            table.FindingDirections[finding], null, null);
    }

    public static ClaimItem OfReport(FactBlock block, int index, int row, int report, bool indirect)
    {
        var table = block.Table;
        return new(index, row, report, EvidenceKind.AdverseEventReport, indirect, table.Ids[row]!, table.Designs[row], table.Levels[row], table.Year(row),
            null, table.AdverseObserved[report], table.AdverseSeverities[report]);
    }
}

/// <summary>Where a finding or report stands on a claim, whether it is indirect, and (when asked for) why, in words.</summary>
internal readonly record struct Judgement(Side Side, bool Indirect, string? Bearing);

/// <summary>The rules for one kind of claim: where each piece of evidence in the fact tables stands, and a listed piece in full.</summary>
internal interface IClaimRules
{
    ClaimSides Sort(IReadOnlyList<FactBlock> blocks);

    /// <summary>The piece as an answer lists it, read from its whole record, with the same judgement and its reason.</summary>
    ClaimEvidence Evidence(FactBlock block, ClaimItem item);
}
