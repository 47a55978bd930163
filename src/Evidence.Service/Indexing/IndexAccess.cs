using Evidence.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Indexing;

/// <summary>The problems every endpoint that reads the library shares.</summary>
public static class IndexAccess
{
    /// <summary>
    /// The one filter that answers 503 for every endpoint of <paramref name="group"/> while the library is not
    /// open (the worker is still opening it, or another process holds it), so no handler checks for itself.
    /// </summary>
    public static RouteGroupBuilder RequireOpenLibrary(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var services = context.HttpContext.RequestServices;
            if (!services.GetRequiredService<EvidenceLibrary>().IsOpen) return Unavailable(services.GetRequiredService<IndexStatus>());
            try
            {
                return await next(context);
            }
            catch (IndexUnavailableException)
            {
                // Closed between the check and the question (the service is stopping).
                return Unavailable(services.GetRequiredService<IndexStatus>());
            }
        });
        group.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static ProblemHttpResult Unavailable(IndexStatus status) => TypedResults.Problem(
        title: "The index is not open yet",
        detail: status.Problem ?? "The service is starting; try again in a moment. /readyz says when it is ready.",
        statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>The 404 for an id no source has, as application/problem+json like every other error.</summary>
    public static ProblemHttpResult SourceNotFound(string id) => TypedResults.Problem(
        title: "No such source",
        detail: $"No source has the id '{(id.Length > 100 ? id[..100] : id)}'.",
        statusCode: StatusCodes.Status404NotFound);
}
