using Evidence.Search.Indexing;

namespace Evidence.Search.Tests;

public sealed class SegmentMemoTests
{
    private int _computed;

    private string Compute(string value)
    {
        _computed++;
        return value;
    }

    [Fact]
    public void Value_IsComputedOncePerRecord_AndKeptForTheNextCall()
    {
        var memo = new SegmentMemo<string>(budget: 10);
        var segment = new object();

        var first = memo.Get(new RecordAddress(segment, 3, 5), () => Compute("three"));
        var again = memo.Get(new RecordAddress(segment, 3, 5), () => Compute("not asked for"));
        var other = memo.Get(new RecordAddress(segment, 4, 5), () => Compute("four"));

        Assert.Same(first, again);
        Assert.Equal("four", other);
        Assert.Equal(2, _computed);
        Assert.Equal(2, memo.Kept);
    }

    [Fact]
    public void SameDocument_InAnotherSegment_IsAnotherRecord()
    {
        var memo = new SegmentMemo<string>(budget: 10);

        memo.Get(new RecordAddress(new object(), 0, 1), () => Compute("old segment"));
        var edited = memo.Get(new RecordAddress(new object(), 0, 1), () => Compute("new segment"));

        Assert.Equal("new segment", edited);
        Assert.Equal(2, _computed);
    }

    [Fact]
    public void PastTheBudget_ValuesAreComputedPerCall_AndNotKept()
    {
        var memo = new SegmentMemo<string>(budget: 1);
        var segment = new object();

        memo.Get(new RecordAddress(segment, 0, 2), () => Compute("kept"));
        memo.Get(new RecordAddress(segment, 1, 2), () => Compute("over budget"));
        var again = memo.Get(new RecordAddress(segment, 1, 2), () => Compute("over budget, again"));
        var kept = memo.Get(new RecordAddress(segment, 0, 2), () => Compute("not asked for"));

        Assert.Equal("over budget, again", again);
        Assert.Equal("kept", kept);
        Assert.Equal(3, _computed);
        Assert.Equal(1, memo.Kept);
    }
}
