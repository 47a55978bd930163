using Evidence.Service.Indexing;

namespace Evidence.Service.Status;

/// <summary>
/// Every API answer says which index it came from: <c>Evidence-Index-State</c> (ready, indexing, degraded or
/// starting) and <c>Evidence-Indexed-At</c> (the last successful pass). A client showing results while the
/// worker is degraded can then say that they come from the last good index, not a current one.
/// </summary>
public static class IndexStateHeader
{
    public const string State = "Evidence-Index-State";
    public const string IndexedAt = "Evidence-Indexed-At";

    public static IApplicationBuilder UseIndexStateHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var status = context.RequestServices.GetRequiredService<IndexStatus>();
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[State] = status.State;
                if (status.LastIndexedAt is { } at) context.Response.Headers[IndexedAt] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
        }
        return next(context);
    });
}
