using System.Net;
using System.Net.Sockets;

namespace Dashboard.Web.Security;

/// <summary>
/// Who is signing in, as far as throttling can tell: the client address (after <c>UseForwardedHeaders</c>, the
/// forwarded one). One IPv6 host usually holds a whole /64, so an IPv6 client counts as its /64.
/// </summary>
public static class SignInClient
{
    /// <summary>What a request without a peer address (an in-process test host, say) counts as.</summary>
    public const string Unknown = "unknown";

    public static string KeyOf(HttpContext? context) => KeyOf(context?.Connection.RemoteIpAddress);

    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
            return Unknown;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>The address as the audit log shows it.</summary>
    public static string AddressOf(HttpContext? context) => context?.Connection.RemoteIpAddress is { } address
        ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
        : Unknown;
}
