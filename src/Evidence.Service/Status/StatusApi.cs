using Evidence.Search;
using Evidence.Service.Embeddings;
using Evidence.Service.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Status;

public sealed record FileError(string File, int Line, int Column, string Code, string Message);

public sealed record LastPassView(int Added, int Updated, int Deleted, int Unchanged);

/// <summary>Sentence vectors: documents of the committed index still waiting for one, and documents that have one.</summary>
public sealed record EmbeddingsView(int Pending, int Done);

/// <summary>What the worker reports: documents, last indexed time, problems, every file error, and the embedding backlog (absent when embedding is off).</summary>
public sealed record StatusResponse(string State, bool Ready, int Documents, DateTimeOffset? LastIndexedAt, LastPassView? LastPass, string? Problem, IReadOnlyList<FileError> Errors, EmbeddingsView? Embeddings);

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

    public static Ok<StatusResponse> Get(IndexStatus status, EvidenceLibrary library, SemanticIndex semantic) => TypedResults.Ok(Describe(status, library, semantic));

    public static IResult Ready(IndexStatus status, EvidenceLibrary library, SemanticIndex semantic)
    {
        var view = Describe(status, library, semantic);
        return view.Ready ? TypedResults.Ok(view) : TypedResults.Json(view, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static StatusResponse Describe(IndexStatus status, EvidenceLibrary library, SemanticIndex semantic)
    {
        var documents = library.IsOpen ? library.DocumentCount : 0;
        var pass = status.LastPass;
        return new StatusResponse(status.State, status.Ready, documents, status.LastIndexedAt,
            pass is null ? null : new LastPassView(pass.Added, pass.Updated, pass.Deleted, pass.Unchanged),
            status.Problem,
            [.. status.Errors.Select(e => new FileError(e.File, e.Line, e.Column, e.Code, e.Message))],
            semantic.Enabled ? new EmbeddingsView(semantic.Progress.Pending, semantic.Progress.Done) : null);
    }
}
