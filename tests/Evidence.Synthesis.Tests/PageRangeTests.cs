using Evidence.Synthesis.Citations;

namespace Evidence.Synthesis.Tests;

public sealed class PageRangeTests
{
    [Theory]
    [InlineData("397-404", "397", "404")]
    [InlineData("397\u2013404", "397", "404")]
    [InlineData(" 1 ", "1", null)]
    [InlineData("e15212", "e15212", null)]
    public void Parse_SplitsOnAnyDash(string pages, string first, string? last)
    {
        Assert.Equal(new PageRange(first, last), PageRange.Parse(pages));
    }

    [Theory]
    [InlineData("397-404", "397-404")]
    [InlineData("1553-1563", "1553-63")]
    [InlineData("844-849", "844-9")]
    [InlineData("1199-1205", "1199-205")]
    [InlineData("99-101", "99-101")]
    [InlineData("S12-S19", "S12-S19")]
    [InlineData("1", "1")]
    public void JoinElided_DropsRepeatedLeadingDigitsAsNlmDoes(string pages, string expected)
    {
        Assert.Equal(expected, PageRange.Parse(pages)!.Value.JoinElided());
    }
}
