using System.Net;

namespace Dashboard.Web.Startup;

/// <summary>Reads a server address as Kestrel reports it (<c>http://127.0.0.1:5000</c>, <c>http://[::]:80</c>, <c>http://localhost:5000</c>).</summary>
public static class ListenerAddress
{
    /// <summary>
    /// The IP addresses and port it listens on: <c>localhost</c> is both loopback addresses; <c>*</c>, <c>+</c> or any
    /// other name is every address (Kestrel binds those to all interfaces). Empty when it cannot be read.
    /// </summary>
    public static IReadOnlyList<IPEndPoint> Parse(string address)
    {
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        var authority = rest.Split('/', 2)[0];
        var colon = authority.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(authority[(colon + 1)..], out var port) || authority.EndsWith(']'))
            return [];
        var host = authority[..colon].Trim('[', ']');
        if (IPAddress.TryParse(host, out var ip))
            return [new IPEndPoint(ip, port)];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? [new IPEndPoint(IPAddress.Loopback, port), new IPEndPoint(IPAddress.IPv6Loopback, port)]
            : [new IPEndPoint(IPAddress.IPv6Any, port)];
    }
}
