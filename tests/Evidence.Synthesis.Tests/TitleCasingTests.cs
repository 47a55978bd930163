using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

public sealed class TitleCasingTests
{
    [Theory]
    // AMA 3.9.3: a journal article's subtitle starts lower case; a question mark stays and works as the colon.
    [InlineData("Microneedling: A Review and Practical Guide", "Microneedling: a review and practical guide")]
    [InlineData("Microneedling: Where do we stand now? A systematic review of the literature", "Microneedling: where do we stand now? a systematic review of the literature")]
    // Words with capitals inside (abbreviations, Nd:YAG) keep them; a one-letter part of a compound keeps its capital.
    [InlineData("A Face-Split Study of Microneedle Radiofrequency with Q-Switched Nd:YAG Laser", "A face-split study of microneedle radiofrequency with Q-switched Nd:YAG laser")]
    [InlineData("Combined Effect of Microneedling and Platelet-Rich Plasma (PRP) in CO2 Laser Scars", "Combined effect of microneedling and platelet-rich plasma (PRP) in CO2 laser scars")]
    // A title already in sentence case keeps its words (proper names included).
    [InlineData("Novel device-based acne treatments in Korean patients", "Novel device-based acne treatments in Korean patients")]
    public void SentenceCase_ForAmaAndVancouver(string stored, string expected)
    {
        Assert.Equal(expected, TitleCasing.SentenceCase(stored, TitleCasing.Subtitle.LowerCase));
    }

    [Theory]
    // APA 6.17: sentence case, but the first word after a colon is capitalised.
    [InlineData("Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial", "Efficacy of a needling device for the treatment of acne scars: A randomized clinical trial")]
    [InlineData("Microneedling: A Review and Practical Guide", "Microneedling: A review and practical guide")]
    [InlineData("Microneedling: experienced hands can improve the face", "Microneedling: Experienced hands can improve the face")]
    public void SentenceCase_ForApa(string stored, string expected)
    {
        Assert.Equal(expected, TitleCasing.SentenceCase(stored, TitleCasing.Subtitle.Capitalised));
    }

    [Fact]
    public void IsTitleCase_TellsTitleCaseFromSentenceCase()
    {
        Assert.True(TitleCasing.IsTitleCase("Safety Profile for Microneedling: A Systematic Review"));
        Assert.False(TitleCasing.IsTitleCase("Microneedling in all skin types: A review"));
    }
}
