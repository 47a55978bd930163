using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Evidence.Service.Infrastructure;

/// <summary>
/// Requests per client IP (<c>Evidence:RateLimit</c>). The default is generous (1,000 a second with bursts of
/// 2,000) so tests and benchmarks on loopback are not throttled; a public deployment should set it lower.
/// PermitsPerSecond 0 turns the limiter off.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Evidence:RateLimit";

    [Range(0, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 1_000;

    /// <summary>The bucket size: how many requests a client may make at once before the rate applies.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 2_000;
}

public static class RateLimiting
{
    public static IServiceCollection AddEvidenceRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                if (options.PermitsPerSecond == 0) return RateLimitPartition.GetNoLimiter("off");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(options.Burst, 1),
                    TokensPerPeriod = options.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                context.Response.Headers.RetryAfter = "1";
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "This client is over its request rate; try again in a second." },
                });
            };
        });
        return services;
    }
}
