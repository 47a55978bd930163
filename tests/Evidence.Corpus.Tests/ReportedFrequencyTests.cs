using Evidence.Corpus.Model;

namespace Evidence.Corpus.Tests;

public sealed class ReportedFrequencyTests
{
    [Theory]
    [InlineData(null, FrequencyClass.Unstated)]
    [InlineData("", FrequencyClass.Unstated)]
    [InlineData("in some patients", FrequencyClass.Unstated)]
    [InlineData("Rare", FrequencyClass.Rare)]
    [InlineData("isolated cases", FrequencyClass.Rare)]
    [InlineData("most patients, for 1 to 3 days", FrequencyClass.Common)]
    [InlineData("rare (2 of 10 in one small series)", FrequencyClass.Rare)]
    [InlineData("the most commonly reported effect", FrequencyClass.Common)]
    [InlineData("3 of 40 patients", FrequencyClass.Common)]
    [InlineData("1 in 200", FrequencyClass.Rare)]
    [InlineData("0.5%", FrequencyClass.Rare)]
    [InlineData("12 %", FrequencyClass.Common)]
    [InlineData("1%", FrequencyClass.Common)]
    [InlineData("0 of 0", FrequencyClass.Unstated)]
    public void WordsFirst_ThenARate_OnCiomsOnePercentLine(string? frequency, FrequencyClass expected) =>
        Assert.Equal(expected, ReportedFrequency.Of(frequency));
}
