using Evidence.Search.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Indexing;

/// <summary>The open index for a request, or a 503 problem while the worker is still opening it.</summary>
public static class IndexAccess
{
    public static bool TryGet(IndexStatus status, out EvidenceIndex index, out ProblemHttpResult unavailable)
    {
        index = status.Index!;
        unavailable = TypedResults.Problem(
            title: "The index is not open yet",
            detail: status.Problem ?? "The service is starting; try again in a moment. /readyz says when it is ready.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
        return status.Index is not null;
    }

    /// <summary>The 404 for an id no source has, as application/problem+json like every other error.</summary>
    public static ProblemHttpResult SourceNotFound(string id) => TypedResults.Problem(
        title: "No such source",
        detail: $"No source has the id '{(id.Length > 100 ? id[..100] : id)}'.",
        statusCode: StatusCodes.Status404NotFound);
}
