using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Security;

/// <summary>
/// The in-process test server has no peer address. This stands in for the socket, first in the pipeline (before
/// the app's forwarded-headers step): a request that names a loopback address in <see cref="Header"/> arrives from
/// it, so one app can be called by several clients. Only loopback addresses are taken.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestClientAddress>();

    /// <summary>A client of <paramref name="app"/> that connects from <paramref name="address"/>.</summary>
    public static HttpClient From(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string address)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                if (!IPAddress.IsLoopback(address))
                    throw new InvalidOperationException($"{address} is not a loopback address; tests stay on loopback.");
                context.Connection.RemoteIpAddress = address;
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
