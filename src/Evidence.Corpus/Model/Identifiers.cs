namespace Evidence.Corpus.Model;

/// <summary>
/// Where a source can be found. <see cref="Corpus"/> names a record in a published text collection
/// ("scifact:4983") for sources known only by their place there, such as a retrieval benchmark's abstracts.
/// <see cref="Accessed"/> is the date (YYYY-MM-DD) the <see cref="Url"/> was last viewed, which AMA and NLM
/// print for web pages.
/// </summary>
public sealed record Identifiers(string? Doi, string? Pmid, string? Pmcid, string? Url, string? Corpus = null, string? Accessed = null);
