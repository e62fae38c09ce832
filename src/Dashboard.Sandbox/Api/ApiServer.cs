using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// A minimal Kestrel host of its own on 127.0.0.1, independent of whatever app embeds the
/// sandbox: no configuration sources, no routing, warnings-only console logging.
/// </summary>
internal static class ApiServer
{
    public static WebApplication Build(SandboxApi api, int port, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(ApiServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port, listen =>
            {
                // Before TLS, so an unreachable cluster refuses even the handshake.
                listen.Use(api.Connections.Wrap);
                listen.UseHttps(certificate);
            });
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning)
            // A failed start (port in use) reaches the caller as an exception; no need to log it too.
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        var app = builder.Build();
        app.Run(api.HandleAsync);
        return app;
    }

    /// <summary>The port Kestrel bound (the chosen one when 0 was asked for).</summary>
    public static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First()).Port;
    }
}
