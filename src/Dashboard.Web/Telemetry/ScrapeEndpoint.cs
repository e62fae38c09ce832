using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Telemetry;

/// <summary>
/// Puts <c>/metrics</c> in front of the app's pipeline, before sign-in, security headers and routing: a scraper
/// has no cookie, and the token (if any) is the endpoint's own. With a port of its own, the app's port answers 404.
/// </summary>
internal sealed class ScrapeEndpoint(IOptions<TelemetryOptions> options) : IStartupFilter
{
    public const string Path = "/metrics";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var prometheus = options.Value.Prometheus;
        if (prometheus.Enabled && prometheus.Port is null)
            MapScrape(app, prometheus, meterProvider: null);
        else if (prometheus.Enabled)
            app.Map(Path, branch => branch.Run(NotOnThisPortAsync));
        next(app);
    };

    /// <summary>The exporter's branch, behind the token check when a token is set; on the app or on the metrics port.</summary>
    public static void MapScrape(IApplicationBuilder app, PrometheusScrapeOptions prometheus, OpenTelemetry.Metrics.MeterProvider? meterProvider) =>
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider!, null!, Path, branch =>
        {
            if (prometheus.HasToken)
                branch.UseMiddleware<ScrapeTokenCheck>();
        }, null!);

    private static Task NotOnThisPortAsync(HttpContext context) =>
        ApiProblems.WriteAsync(context, StatusCodes.Status404NotFound, "Not found", "Metrics are served on their own port (Dashboard:Telemetry:Prometheus:Port).");
}
