namespace Evidence.Corpus.Linting;

/// <summary>
/// Where a citation link may point: the DOI resolver, PubMed and PMC, or the page of the publisher or the
/// issuing body. Mirrors, aggregators, repositories and search engines are where a fact was checked
/// (review.checkedAt), never where a reader is sent. Add a publisher's host here when its own page is the
/// only canonical address of a source.
/// </summary>
public static class CanonicalLinks
{
    private static readonly string[] Hosts =
    [
        // identifiers
        "doi.org", "pubmed.ncbi.nlm.nih.gov", "pubmed.gov", "pmc.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov",
        // publishers of seed sources
        "journals.lww.com", "jamanetwork.com", "frontiersin.org", "biomedcentral.com", "mdpi.com", "termedia.pl",
        "springer.com", "springermedizin.de", "linkinghub.elsevier.com", "sciencedirect.com", "onlinelibrary.wiley.com",
        "dovepress.com", "jcadonline.com", "jcasonline.com", "idoj.in",
        // issuing bodies, including an article's record at its authors' institution (corpus/facts-addenda.md)
        "aad.org", "fda.gov", "scholars.mssm.edu",
    ];

    public static bool IsCanonical(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        if (host == "www.ncbi.nlm.nih.gov") return url.AbsolutePath.StartsWith("/pubmed", StringComparison.Ordinal) || url.AbsolutePath.StartsWith("/pmc", StringComparison.Ordinal);
        return Hosts.Any(allowed => host == allowed || host.EndsWith("." + allowed, StringComparison.Ordinal));
    }
}
