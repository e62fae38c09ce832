using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dashboard.Web.Security;

/// <summary>
/// Whether the dashboard is served only over plain HTTP on loopback (the README's <c>dotnet run</c>): the one case
/// where the session cookie may go without <c>Secure</c>. Anywhere else — a container port, a host behind a TLS
/// proxy that sends no forwarded headers — the browser only returns the cookie over HTTPS.
/// </summary>
public static class PlainHttpOnLoopback
{
    public static bool IsTheCase(IServer server, IConfiguration configuration)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses is { Count: > 0 } bound
            ? bound.ToArray()
            // The in-memory test server binds nothing; what the host was told to listen on stands in.
            : (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return addresses.Length > 0 && addresses.All(IsPlainHttpLoopback);
    }

    public static bool IsPlainHttpLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return false;
        return uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || uri.Host == "localhost");
    }
}
