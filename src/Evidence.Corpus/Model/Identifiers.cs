namespace Evidence.Corpus.Model;

public sealed record Identifiers(string? Doi, string? Pmid, string? Pmcid, string? Url)
{
    public bool Any => Doi is not null || Pmid is not null || Pmcid is not null || Url is not null;
}
