using Evidence.Search.Querying;
using Evidence.Synthesis;

namespace Evidence.Service.Search;

/// <summary>The library's <see cref="QueryCoverage"/> as the API's <see cref="Coverage"/>.</summary>
public static class CoverageViews
{
    public static Coverage From(QueryCoverage coverage, int? withheld = null)
    {
        if (coverage.Covered)
        {
            return coverage.UnknownWords.Count == 0 ? Coverage.Full : Coverage.Full with
            {
                Message = Coverage.DescribeUnknown(coverage.UnknownWords),
                UnknownWords = coverage.UnknownWords,
                Nearest = [.. coverage.Nearest.Select(n => new CoveredConcept(n.Id, n.Label, n.Sources))],
            };
        }
        var gaps = coverage.NotCovered.Select(t => new CoverageGap(t.Text, t.Concept, t.Label)).ToList();
        return new Coverage(false, Coverage.Describe(gaps), gaps, [.. coverage.Nearest.Select(n => new CoveredConcept(n.Id, n.Label, n.Sources))], withheld);
    }
}
