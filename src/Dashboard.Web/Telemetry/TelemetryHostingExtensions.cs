using System.Diagnostics.Metrics;
using Dashboard.Kubernetes.Telemetry;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Dashboard.Web.Telemetry;

/// <summary>OpenTelemetry metrics and traces, the scrape endpoint and the circuit count (docs/telemetry.md).</summary>
public static class TelemetryHostingExtensions
{
    /// <summary>Long-lived or noisy requests that would only crowd the traces.</summary>
    private static readonly string[] UntracedPaths = [ScrapeEndpoint.Path, "/healthz", "/_blazor", "/_framework", "/_content"];

    public static WebApplicationBuilder AddDashboardTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, OpenCircuitsHandler>());
        services.AddTransient<IStartupFilter, ScrapeEndpoint>();
        services.AddSingleton<MetricsPortServer>();
        services.AddHostedService(provider => provider.GetRequiredService<MetricsPortServer>());

        var otlp = OtlpTarget.From(builder.Configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("dashboard"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DashboardMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    // Collects only when scraped; the endpoint itself exists only when enabled (ScrapeEndpoint).
                    .AddPrometheusExporter();
                // A listener hears every meter of its name in the process; a second app in it (a test host) has its
                // own meter factory, and its figures are not this app's.
                ((IDeferredMeterProviderBuilder)metrics).Configure((provider, builder) =>
                {
                    var own = provider.GetRequiredService<IMeterFactory>();
                    builder.AddView(instrument => instrument.Meter.Scope is IMeterFactory other && other != own ? MetricStreamConfiguration.Drop : null);
                });
                if (otlp is not null)
                    metrics.AddOtlpExporter(exporter => otlp.Configure(exporter, "v1/metrics"));
            });
        // Spans cost something to record: only when they go somewhere.
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(DashboardTracing.SourceName)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !UntracedPaths.Any(p => context.Request.Path.StartsWithSegments(p)))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => otlp.Configure(exporter, "v1/traces")));
        }
        return builder;
    }
}
