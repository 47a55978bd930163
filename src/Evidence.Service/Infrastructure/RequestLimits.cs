using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Evidence.Service.Infrastructure;

/// <summary>
/// Bounds on what one request may cost. Kestrel enforces the sizes (a request line or headers over the limit
/// are refused by Kestrel itself with 414/431 and no body, before any middleware runs); the guard below turns a
/// declared oversize body or a non-JSON body into a 413/415 problem before an endpoint reads anything.
/// </summary>
public static class RequestLimits
{
    /// <summary>The largest request body the API accepts: every write endpoint takes a small JSON document.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 64;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            // Slow-loris bodies: a client must send at least 240 bytes a second after a 5-second grace period.
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        });

    /// <summary>Rejects request bodies that are too large (by Content-Length) or not JSON, with problem details.</summary>
    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (hasBody && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            if (request.ContentLength > MaxBodyBytes)
            {
                await Problem(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large", $"Request bodies may be at most {MaxBodyBytes / 1024} KB.");
                return;
            }
            if (!request.HasJsonContentType())
            {
                await Problem(context, StatusCodes.Status415UnsupportedMediaType, "The request body must be JSON", "Send Content-Type: application/json.");
                return;
            }
        }
        await next(context);
    });

    private static async Task Problem(HttpContext context, int status, string title, string detail)
    {
        // The body is not read; close the connection afterwards rather than drain megabytes of it.
        context.Response.Headers.Connection = "close";
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
