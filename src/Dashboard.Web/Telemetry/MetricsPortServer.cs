using Dashboard.Kubernetes.Networks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Dashboard.Web.Telemetry;

/// <summary>
/// <c>/metrics</c> on a port of its own (<see cref="PrometheusScrapeOptions.Port"/>): a second, minimal Kestrel
/// server that serves nothing else, on the same addresses (hosts) as the app, so a network policy or firewall can
/// open it to the scraper alone. Started once the app listens (its addresses are known then).
/// </summary>
public sealed class MetricsPortServer(
    IOptions<TelemetryOptions> options, MeterProvider meterProvider, IServer appServer, LocalEndpoints local, ILogger<MetricsPortServer> logger)
    : IHostedLifecycleService, IAsyncDisposable
{
    private WebApplication? server;

    /// <summary>Where it listens, once started (port 0 resolved); empty when the endpoint is not on a port of its own.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var prometheus = options.Value.Prometheus;
        if (!prometheus.Enabled || prometheus.Port is not { } port)
            return;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls([.. ListenUrls(port)]);
        builder.Services.AddSingleton(options);
        builder.Services.AddProblemDetails();
        server = builder.Build();
        ScrapeEndpoint.MapScrape(server, prometheus, meterProvider);
        await server.StartAsync(cancellationToken);
        Addresses = [.. server.Urls.Select(url => new Uri(url))];
        // No cluster may be pointed at the metrics port either.
        Startup.DashboardListeners.Record(local, server.Urls);
        foreach (var address in Addresses)
            logger.LogInformation("Metrics are served on {Address}", new Uri(address, ScrapeEndpoint.Path));
    }

    /// <summary>The app's own hosts with the metrics port; loopback when the app has no addresses (a test server).</summary>
    private IEnumerable<string> ListenUrls(int port)
    {
        var hosts = (appServer.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.Host : null)
            .OfType<string>()
            // Kestrel binds a free port on an address, not on a name.
            .Select(host => port == 0 && host == "localhost" ? "127.0.0.1" : host)
            .Distinct()
            .DefaultIfEmpty("127.0.0.1");
        return hosts.Select(host => $"http://{host}:{port}");
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
            await server.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
