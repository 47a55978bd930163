using Evidence.Search;
using Evidence.Service.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Status;

public sealed record FileError(string File, int Line, int Column, string Code, string Message);

public sealed record LastPassView(int Added, int Updated, int Deleted, int Unchanged);

/// <summary>What the worker reports: documents, last indexed time, problems, and every file error.</summary>
public sealed record StatusResponse(string State, bool Ready, int Documents, DateTimeOffset? LastIndexedAt, LastPassView? LastPass, string? Problem, IReadOnlyList<FileError> Errors);

/// <summary><c>/api/status</c>, <c>/healthz</c> (the process is alive) and <c>/readyz</c> (index open and caught up).</summary>
public static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/status", Get).WithTags("Status").WithName("Status")
            .WithSummary("Documents indexed, last indexed time, and each corpus file's errors with line and column.");
        routes.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" })).WithTags("Status").WithName("Health").WithSummary("The process is alive.");
        routes.MapGet("/readyz", Ready).WithTags("Status").WithName("Ready").WithSummary("200 when the index is open and caught up with the corpus, else 503.");
        return routes;
    }

    public static Ok<StatusResponse> Get(IndexStatus status, EvidenceLibrary library) => TypedResults.Ok(Describe(status, library));

    public static IResult Ready(IndexStatus status, EvidenceLibrary library)
    {
        var view = Describe(status, library);
        return view.Ready ? TypedResults.Ok(view) : TypedResults.Json(view, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static StatusResponse Describe(IndexStatus status, EvidenceLibrary library)
    {
        var documents = library.IsOpen ? library.DocumentCount : 0;
        var pass = status.LastPass;
        return new StatusResponse(status.State, status.Ready, documents, status.LastIndexedAt,
            pass is null ? null : new LastPassView(pass.Added, pass.Updated, pass.Deleted, pass.Unchanged),
            status.Problem,
            [.. status.Errors.Select(e => new FileError(e.File, e.Line, e.Column, e.Code, e.Message))]);
    }
}
