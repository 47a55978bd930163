using Scalar.AspNetCore;

namespace Evidence.Service.Infrastructure;

/// <summary>The browsable API reference at /api/reference, rendered by Scalar from the OpenAPI document.</summary>
public static class ApiReference
{
    public const string Path = "/api/reference";

    /// <summary>Scalar's "Generate SDK" buttons (toolbar, footer and card variants) and its "Explore Scalar" offer.</summary>
    private const string HiddenCloudOffers =
        ".generate-sdk-button, button[aria-haspopup='dialog'].text-c-1.px-3.py-1, .explore-scalar, .explore-scalar-cta { display: none !important; }";

    /// <summary>
    /// Only the reference and its request client: a self-hosted service has no use for Scalar's hosted
    /// features, which send the API description or its requests to scalar.com ("Ask AI" is Agent Scalar,
    /// MCP publishes the API to AI tools, the developer-tools toolbar offers "Deploy"). Telemetry is off for
    /// the same reason. Scalar 2.18 shows its "Generate SDK" offer whenever the page is opened on a local
    /// address and has no option for it, so a style rule hides that button.
    /// </summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder routes)
    {
        routes.MapScalarApiReference(Path, options => options
            .WithTitle("Evidence API")
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .HideDeveloperTools()
            .WithCustomCss(HiddenCloudOffers));
        return routes;
    }
}
