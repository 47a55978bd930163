namespace Evidence.Synthesis.Citations;

/// <summary>
/// The pages as stored ("397-404", "397–404", a single page "1" or an e-locator "e15212"), split into
/// first and last page so each style can join them with its own dash.
/// </summary>
internal readonly record struct PageRange(string First, string? Last)
{
    private static readonly char[] Dashes = ['-', '\u2013', '\u2014'];

    public static PageRange? Parse(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages)) return null;
        var parts = pages.Split(Dashes, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0
            ? new PageRange(parts[0], parts[1])
            : new PageRange(pages.Trim(), null);
    }

    /// <summary>An electronic locator such as "e15212", which online journals give in place of pages.</summary>
    public bool IsElocator => Last is null && First.Length > 1 && First[0] is 'e' or 'E' && First[1..].All(char.IsAsciiDigit);

    public string Join(string dash) => Last is null ? First : First + dash + Last;

    /// <summary>
    /// NLM elides the repeated leading digits of the last page: 1553-1563 is printed 1553-63, 397-404
    /// stays as it is (Citing Medicine, chapter 1, "Location (Pagination)"; MEDLINE indexing manual 10.2).
    /// </summary>
    public string JoinElided()
    {
        if (Last is null || First.Length != Last.Length || !First.All(char.IsAsciiDigit) || !Last.All(char.IsAsciiDigit))
            return Join("-");
        var shared = 0;
        while (shared < First.Length - 1 && First[shared] == Last[shared]) shared++;
        return First + "-" + Last[shared..];
    }
}
