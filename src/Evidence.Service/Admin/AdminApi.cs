using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Evidence.Service.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Evidence.Service.Admin;

/// <summary><c>Evidence:AdminApiKey</c>: the key for the admin endpoints. Unset or empty turns them off (404).</summary>
public sealed class AdminOptions
{
    public string? AdminApiKey { get; set; }
}

/// <summary>The body of <c>POST /api/admin/reindex</c> (optional).</summary>
public sealed record ReindexRequest(bool Wait = false);

public sealed record ReindexResponse(string State, string Status);

/// <summary>
/// <c>POST /api/admin/reindex</c>: re-scan the corpus now. The rest of the API is read-only; this is the one
/// write, behind a key sent in the <c>X-Api-Key</c> header and compared in constant time.
/// </summary>
public static class AdminApi
{
    public const string KeyHeader = "X-Api-Key";

    /// <summary>How long a <c>wait: true</c> request may hold its connection.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(Indexing.EvidenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/admin/reindex", Reindex).WithTags("Admin").WithName("Reindex")
            .WithSummary("Re-scan the corpus now (needs the X-Api-Key header; off unless Evidence:AdminApiKey is set).")
            .Accepts<ReindexRequest>(isOptional: true, "application/json");
        return routes;
    }

    public static async Task<Results<Accepted<ReindexResponse>, Ok<ReindexResponse>, NotFound, ProblemHttpResult, ValidationProblem>> Reindex(
        HttpContext context, IOptionsSnapshot<AdminOptions> options, CorpusIndexer indexer, IndexStatus status)
    {
        var key = options.Value.AdminApiKey;
        if (string.IsNullOrEmpty(key)) return TypedResults.NotFound();
        if (!KeyMatches(key, context.Request.Headers[KeyHeader].ToString()))
            return TypedResults.Problem(title: "A valid API key is required", detail: $"Send the admin key in the {KeyHeader} header.", statusCode: StatusCodes.Status401Unauthorized);

        // The body is read only after the key is checked, so an anonymous client cannot make the server parse anything.
        var request = new ReindexRequest();
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                request = await context.Request.ReadFromJsonAsync<ReindexRequest>(context.RequestAborted) ?? request;
            }
            catch (JsonException error)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"the body is not valid JSON for this request: {error.Message}"] },
                    title: "The request body is not valid");
            }
        }

        var rescan = indexer.RescanAsync(context.RequestAborted);
        if (!request.Wait) return TypedResults.Accepted("/api/status", new ReindexResponse("accepted", "/api/status"));
        try
        {
            await rescan.WaitAsync(MaxWait, context.RequestAborted);
        }
        catch (TimeoutException)
        {
            return TypedResults.Accepted("/api/status", new ReindexResponse("still-indexing", "/api/status"));
        }
        return TypedResults.Ok(new ReindexResponse(status.Problem is null ? "done" : "degraded", "/api/status"));
    }

    /// <summary>Compares hashes, so neither the content nor the length of the key leaks through timing.</summary>
    internal static bool KeyMatches(string expected, string presented) =>
        presented.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
