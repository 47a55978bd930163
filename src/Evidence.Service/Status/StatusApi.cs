using Evidence.Search;
using Evidence.Service.Embeddings;
using Evidence.Service.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Evidence.Service.Status;

public sealed record FileError(string File, int Line, int Column, string Code, string Message);

public sealed record LastPassView(int Added, int Updated, int Deleted, int Unchanged);

/// <summary>Sentence vectors: documents of the committed index still waiting for one, and documents that have one.</summary>
public sealed record EmbeddingsView(int Pending, int Done);

/// <summary>
/// What the worker reports: documents, last indexed time, problems, and the first <see cref="StatusApi.MaxErrors"/>
/// file errors (<see cref="ErrorsTotal"/> counts them all), so the answer stays small whatever the corpus holds, and the
/// embedding backlog (absent when embedding is off). <see cref="HeldBy"/> names the corpus file a running pass has
/// been reading for over <see cref="StatusApi.HeldAfter"/>.
/// </summary>
public sealed record StatusResponse(string State, bool Ready, int Documents, DateTimeOffset? LastIndexedAt, LastPassView? LastPass, string? Problem, IReadOnlyList<FileError> Errors, int ErrorsTotal, EmbeddingsView? Embeddings, string? HeldBy = null);

/// <summary><c>/api/status</c>, <c>/healthz</c> (the process is alive) and <c>/readyz</c> (index open and caught up).</summary>
public static class StatusApi
{
    /// <summary>At most this many file errors are listed; the rest are counted.</summary>
    public const int MaxErrors = 100;

    /// <summary>A message longer than this (a long unknown key quoted back) is cut.</summary>
    public const int MaxMessageLength = 300;

    /// <summary>A single file read taking longer than this is reported as holding the pass.</summary>
    public static readonly TimeSpan HeldAfter = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/status", Get).WithTags("Status").WithName("Status")
            .WithSummary("Documents indexed, last indexed time, and each corpus file's errors with line and column.");
        // GET and HEAD (load balancers probe with HEAD), and outside the rate limiter: a busy client must not
        // make the health check of the instance it is using fail.
        routes.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], () => TypedResults.Ok(new { status = "alive" }))
            .DisableRateLimiting().WithTags("Status").WithName("Health").WithSummary("The process is alive.");
        routes.MapMethods("/readyz", [HttpMethods.Get, HttpMethods.Head], Ready)
            .DisableRateLimiting().WithTags("Status").WithName("Ready").WithSummary("200 when the index is open and caught up with the corpus, else 503.");
        return routes;
    }

    public static Ok<StatusResponse> Get(IndexStatus status, EvidenceLibrary library, SemanticIndex semantic) => TypedResults.Ok(Describe(status, library, semantic));

    public static IResult Ready(IndexStatus status, EvidenceLibrary library, SemanticIndex semantic)
    {
        var view = Describe(status, library, semantic);
        return view.Ready ? TypedResults.Ok(view) : TypedResults.Json(view, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static string Clip(string message) => message.Length <= MaxMessageLength ? message : message[..(MaxMessageLength - 1)] + "…";

    private static StatusResponse Describe(IndexStatus status, EvidenceLibrary library, SemanticIndex semantic)
    {
        var documents = library.IsOpen ? library.DocumentCount : 0;
        var pass = status.LastPass;
        var errors = status.Errors;
        return new StatusResponse(status.State, status.Ready, documents, status.LastIndexedAt,
            pass is null ? null : new LastPassView(pass.Added, pass.Updated, pass.Deleted, pass.Unchanged),
            status.Problem,
            [.. errors.Take(MaxErrors).Select(e => new FileError(e.File, e.Line, e.Column, e.Code, Clip(e.Message)))], errors.Count,
            semantic.Enabled ? new EmbeddingsView(semantic.Progress.Pending, semantic.Progress.Done) : null,
            library.LongestRead is { } held && held.For > HeldAfter ? $"the indexing pass has been reading {held.File} for {held.For.TotalSeconds:F0} s" : null);
    }
}
