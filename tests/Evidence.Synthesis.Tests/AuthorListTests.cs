using Evidence.Corpus.Model;
using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

/// <summary>
/// Where each style cuts a long author list. The lists are the Alam fixture's real authors, shortened or
/// repeated to reach each boundary; only the counts matter here.
/// </summary>
public sealed class AuthorListTests
{
    private static readonly StudySummary Alam = SourceFixtures.Get(SourceFixtures.TwelveAuthors);

    private static StudySummary WithAuthors(int count) =>
        Alam with { Authors = [.. Enumerable.Repeat(Alam.Authors, 2).SelectMany(authors => authors).Take(count)] };

    [Fact]
    public void Ama_ListsSixAuthorsInFull_AndCutsSevenToThreeAndEtAl()
    {
        Assert.StartsWith("Alam M, Han S, Pongprutthipan M, Disphanurat W, Kakar R, Nodzenski M. Efficacy", Citations.Citations.Format(WithAuthors(6), CitationStyle.Ama));
        Assert.StartsWith("Alam M, Han S, Pongprutthipan M, et al. Efficacy", Citations.Citations.Format(WithAuthors(7), CitationStyle.Ama));
    }

    [Fact]
    public void Vancouver_ListsSixAuthorsInFull_AndCutsSevenToSixAndEtAl()
    {
        Assert.StartsWith("Alam M, Han S, Pongprutthipan M, Disphanurat W, Kakar R, Nodzenski M. Efficacy", Citations.Citations.Format(WithAuthors(6), CitationStyle.Vancouver));
        Assert.StartsWith("Alam M, Han S, Pongprutthipan M, Disphanurat W, Kakar R, Nodzenski M, et al. Efficacy", Citations.Citations.Format(WithAuthors(7), CitationStyle.Vancouver));
    }

    [Fact]
    public void Apa_ListsTwentyAuthors_AndCutsTwentyOneToNineteenEllipsisAndLast()
    {
        var twenty = Citations.Citations.Format(WithAuthors(20), CitationStyle.Apa);
        var twentyOne = Citations.Citations.Format(WithAuthors(21), CitationStyle.Apa);

        // Authors 13 to 21 are the list again: Alam, Han, Pongprutthipan, Disphanurat, Kakar, Nodzenski, Pace, Kim, Yoo.
        Assert.Contains("West, D. P., Alam, M., Han, S., Pongprutthipan, M., Disphanurat, W., Kakar, R., Nodzenski, M., Pace, N., & Kim, N. (2014).", twenty);
        Assert.Equal(20, twenty[..twenty.IndexOf(" (2014)", StringComparison.Ordinal)].Split("., ").Length);
        Assert.Contains("Kakar, R., Nodzenski, M., Pace, N., . . . Yoo, S. (2014).", twentyOne);
        Assert.DoesNotContain("&", twentyOne);
    }

    [Fact]
    public void Apa_WritesOneAuthorWithoutAmpersand()
    {
        Assert.StartsWith("Alam, M. (2014). Efficacy", Citations.Citations.Format(WithAuthors(1), CitationStyle.Apa));
    }

    [Fact]
    public void Apa_KeepsTheHyphenOfAHyphenatedGivenName()
    {
        Assert.Equal("Graham, J.-P.", AuthorNames.ApaName(new Author("Graham", "Jean-Paul", null)));
    }
}
