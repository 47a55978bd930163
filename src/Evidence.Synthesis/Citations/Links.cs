using System.Text.RegularExpressions;

namespace Evidence.Synthesis.Citations;

/// <summary>The address a citation prints for a source's URL.</summary>
internal static partial class Links
{
    /// <summary>A PubMed record's address in any of its older forms (http, www.ncbi.nlm.nih.gov/pubmed/N, query strings).</summary>
    [GeneratedRegex(@"^https?://(?:pubmed\.ncbi\.nlm\.nih\.gov|(?:www\.)?ncbi\.nlm\.nih\.gov/pubmed)/(?<pmid>[1-9]\d{0,8})/?(?:[?#].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PubMedAddress();

    [GeneratedRegex(@"^http://(?<rest>(?:[a-z0-9-]+\.)*(?:nih\.gov|doi\.org)(?:[/?#].*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainHttpNlmOrDoi();

    /// <summary>
    /// PubMed links as https://pubmed.ncbi.nlm.nih.gov/N/, the form PubMed itself gives, and NCBI and doi.org
    /// addresses over https (NCBI serves only HTTPS; Crossref's display guidelines ask for https://doi.org/);
    /// other addresses are kept as stored.
    /// </summary>
    public static string? Canonical(string? url)
    {
        if (url is null) return null;
        if (PubMedAddress().Match(url) is { Success: true } pubmed) return $"https://pubmed.ncbi.nlm.nih.gov/{pubmed.Groups["pmid"].Value}/";
        if (PlainHttpNlmOrDoi().Match(url) is { Success: true } plain) return "https://" + plain.Groups["rest"].Value;
        return url;
    }
}
