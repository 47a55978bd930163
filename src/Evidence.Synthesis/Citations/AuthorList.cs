using Evidence.Corpus.Model;

namespace Evidence.Synthesis.Citations;

/// <summary>Whether a source's recorded authors are all of its authors.</summary>
internal static class AuthorList
{
    /// <summary>
    /// True when the review says co-authors exist but were not seen (<c>unverified: [co-authors]</c>): the
    /// recorded names are then followed by "et al." rather than cited as the whole list, which would
    /// misattribute the work to its first author alone.
    /// </summary>
    public static bool IsIncomplete(StudySummary source) =>
        source.Authors.Count > 0 && source.Review.UnverifiedFields.Contains("co-authors", StringComparer.OrdinalIgnoreCase);
}
