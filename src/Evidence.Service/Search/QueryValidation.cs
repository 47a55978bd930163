using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;
using Evidence.Search.Querying;

namespace Evidence.Service.Search;

/// <summary>
/// Checks a request and resolves its words to concept ids. Every problem is collected under the name of
/// the parameter that caused it, for a 400 problem-details answer. The answer stays small whatever the request
/// repeats: a parameter takes at most <see cref="MaxValues"/> values, repeats count once, and at most
/// <see cref="MaxMessages"/> problems are spelled out per parameter (the rest are counted).
/// </summary>
public sealed class QueryValidation(ConceptVocabulary vocabulary)
{
    public const int MaxValues = 50;

    public const int MaxMessages = 5;

    private readonly Dictionary<string, int> _unlisted = new(StringComparer.Ordinal);

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public EvidenceQuery Validate(EvidenceRequest request)
    {
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? 20;
        if (page < 1) Add("page", $"page must be 1 or more; got {page}");
        if (pageSize is < 1 or > EvidenceQuery.MaxPageSize) Add("pageSize", $"pageSize must be from 1 to {EvidenceQuery.MaxPageSize}; got {pageSize}");
        else if (page >= 1 && (long)page * pageSize > EvidenceQuery.MaxWindow)
            Add("page", $"page × pageSize may not exceed {EvidenceQuery.MaxWindow}; narrow the search instead of paging this deep");
        if (request.MinLevel is { } level && level is < EvidenceLevel.Best or > EvidenceLevel.Weakest)
            Add("minLevel", $"minLevel must be from {EvidenceLevel.Best} (best) to {EvidenceLevel.Weakest}; got {level}");
        if (request.YearFrom is { } from && request.YearTo is { } to && from > to)
            Add("yearFrom", $"yearFrom ({from}) is after yearTo ({to})");
        if (request.Q is { Length: > EvidenceQuery.MaxTextLength })
            Add("q", $"q is {request.Q.Length:N0} characters; at most {EvidenceQuery.MaxTextLength:N0} are allowed");

        return new EvidenceQuery
        {
            Text = string.IsNullOrWhiteSpace(request.Q) ? null : request.Q,
            Conditions = Concepts("condition", request.Condition, ConceptKind.Condition),
            Outcomes = Concepts("outcome", request.Outcome, ConceptKind.Outcome),
            Interventions = Concepts("intervention", request.Intervention is null ? null : [request.Intervention], ConceptKind.Intervention),
            Designs = Enums<StudyDesign>("design", request.Design),
            MinLevel = request.MinLevel,
            YearFrom = request.YearFrom,
            YearTo = request.YearTo,
            ReviewStatus = Enums<ReviewStatus>("reviewStatus", request.ReviewStatus is null ? null : [request.ReviewStatus]).Cast<ReviewStatus?>().FirstOrDefault(),
            Sort = Enums<SortOrder>("sort", request.Sort is null ? null : [request.Sort]).FirstOrDefault(),
            Page = page,
            PageSize = pageSize,
        };
    }

    /// <summary>Resolves each word to a concept of <paramref name="kind"/> and adds the narrower concepts below it.</summary>
    public IReadOnlyList<string> Concepts(string parameter, string[]? values, ConceptKind kind)
    {
        var ids = new List<string>();
        if (!WithinLimit(parameter, values)) return ids;
        foreach (var value in (values ?? []).Distinct(StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            var concept = vocabulary.Resolve(value, kind);
            if (concept is null && Full(parameter))
            {
                Add(parameter, "");
                continue;
            }
            if (concept is null)
            {
                var nearest = vocabulary.Nearest(value, kind);
                var hint = nearest.Count > 0
                    ? $"nearest: {string.Join(", ", nearest)}"
                    : $"accepted: {string.Join(", ", vocabulary.Concepts.Where(c => c.Kinds.Contains(kind)).Select(c => c.Id).Take(40))}";
                Add(parameter, $"unknown {Names<ConceptKind>.Id(kind)} '{Clip(value)}'; {hint} (ids, labels and synonyms from /api/vocabulary are accepted)");
                continue;
            }
            ids.AddRange(vocabulary.SelfAndDescendants(concept.Id).Where(id => !ids.Contains(id)));
        }
        return ids;
    }

    /// <summary>Common other names of designs, including American spellings.</summary>
    private static readonly Dictionary<string, string> DesignAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rct"] = "randomised-controlled-trial",
        ["randomized-controlled-trial"] = "randomised-controlled-trial",
        ["randomized controlled trial"] = "randomised-controlled-trial",
        ["non-randomized-controlled-trial"] = "non-randomised-controlled-trial",
        ["meta analysis"] = "meta-analysis",
        ["metaanalysis"] = "meta-analysis",
        ["review"] = "narrative-review",
        ["cohort-study"] = "cohort",
        ["statement"] = "society-statement",
    };

    private IReadOnlyList<T> Enums<T>(string parameter, string[]? values) where T : struct, Enum
    {
        var result = new List<T>();
        if (!WithinLimit(parameter, values)) return result;
        foreach (var raw in (values ?? []).Distinct(StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var value = typeof(T) == typeof(StudyDesign) && DesignAliases.TryGetValue(raw.Trim(), out var alias) ? alias : raw;
            if (Names<T>.TryParse(value, out var parsed)) result.Add(parsed);
            else Add(parameter, $"unknown {parameter} '{Clip(value)}'; accepted: {string.Join(", ", Names<T>.Ids)}");
        }
        return result;
    }

    private bool WithinLimit(string parameter, string[]? values)
    {
        if (values is null || values.Length <= MaxValues) return true;
        Add(parameter, $"{parameter} is given {values.Length:N0} times; at most {MaxValues} values are accepted");
        return false;
    }

    private bool Full(string parameter) => Errors.TryGetValue(parameter, out var listed) && listed.Length >= MaxMessages;

    /// <summary>Adds a problem; past <see cref="MaxMessages"/> for a parameter, only counts it.</summary>
    private void Add(string parameter, string message)
    {
        if (!Full(parameter))
        {
            Errors[parameter] = Errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];
            return;
        }
        var more = _unlisted[parameter] = _unlisted.GetValueOrDefault(parameter) + 1;
        Errors[parameter] = [.. Errors[parameter].Take(MaxMessages), $"and {more:N0} more problem{(more == 1 ? "" : "s")} with {parameter}"];
    }

    private static string Clip(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
