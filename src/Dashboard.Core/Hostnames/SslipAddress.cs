using System.Net;
using System.Net.Sockets;

namespace Dashboard.Core.Hostnames;

/// <summary>An IP address as it appears inside a wildcard-DNS name such as sslip.io's.</summary>
public static class SslipAddress
{
    /// <summary>
    /// IPv4 as written (<c>203.0.113.10</c>, so the name reads <c>….203.0.113.10.sslip.io</c>); IPv6 in the
    /// compressed form with colons as dashes (<c>2001:db8::1</c> → <c>2001-db8--1</c>). A DNS label may not start
    /// or end with a dash, so a leading or trailing <c>::</c> gets a zero (<c>::1</c> → <c>0--1</c>,
    /// <c>fe80::</c> → <c>fe80--0</c>), which sslip.io reads as the same address. Null for something that is not
    /// an IP address.
    /// </summary>
    public static string? Format(string? ip)
    {
        if (string.IsNullOrWhiteSpace(ip) || !IPAddress.TryParse(ip.Trim(), out var address))
            return null;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return address.ToString();

        // A zone (fe80::1%eth0) means nothing outside the host that wrote it.
        address.ScopeId = 0;
        var dashed = address.ToString().ToLowerInvariant().Replace(':', '-');
        if (dashed.StartsWith('-'))
            dashed = "0" + dashed;
        if (dashed.EndsWith('-'))
            dashed += "0";
        return dashed;
    }
}
