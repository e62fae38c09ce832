using System.Net;
using System.Net.Sockets;

namespace Dashboard.Core.Services;

/// <summary>
/// Where an ExternalName Service may not point. It is a DNS alias, but an ingress controller or proxy that takes
/// it as its upstream connects to whatever it names, from inside the cluster: the node itself, the cloud's metadata
/// service (and with it the node's credentials) or internal networks. The name rule lets such addresses through
/// (<c>169.254.169.254</c> is a valid DNS-1123 subdomain), so they are refused here.
/// </summary>
public static class ExternalNameRules
{
    private const string WhatToDo = "Enter the DNS name of the external service instead, for example 'db.example.com'.";

    /// <summary>Names of the node itself or of a cloud's metadata service, whatever address they resolve to.</summary>
    private static readonly (string Name, string What)[] RefusedNames =
    [
        ("localhost", "the node or pod itself (loopback)"),
        ("metadata.google.internal", "Google Cloud's metadata service, which hands out the node's credentials"),
        ("metadata", "Google Cloud's metadata service (its short name), which hands out the node's credentials"),
        ("instance-data", "Amazon EC2's metadata service (its DNS name), which hands out the node's credentials"),
    ];

    private static readonly (IPAddress Network, int Bits, string What)[] RefusedNetworks =
    [
        (IPAddress.Parse("169.254.169.254"), 32, "the cloud metadata service, which hands out the node's credentials"),
        (IPAddress.Parse("0.0.0.0"), 8, "'this host' (0.0.0.0/8), which reaches the node itself"),
        (IPAddress.Parse("127.0.0.0"), 8, "a loopback address (127.0.0.0/8), the node or pod itself"),
        (IPAddress.Parse("169.254.0.0"), 16, "a link-local address (169.254.0.0/16), where metadata and node-local services answer"),
        (IPAddress.Parse("10.0.0.0"), 8, "a private address (10.0.0.0/8)"),
        (IPAddress.Parse("172.16.0.0"), 12, "a private address (172.16.0.0/12)"),
        (IPAddress.Parse("192.168.0.0"), 16, "a private address (192.168.0.0/16)"),
        (IPAddress.Parse("100.64.0.0"), 10, "a shared address (100.64.0.0/10, carrier-grade NAT), private to a network"),
    ];

    /// <summary>
    /// Why the ExternalName may not be used, or null. Expects a name the DNS-1123 rule accepted (one trailing dot
    /// allowed). A public IPv4 address passes: the API server accepts it and it reaches nothing private.
    /// </summary>
    public static string? Problem(string? externalName)
    {
        if (string.IsNullOrEmpty(externalName))
            return null;
        var name = externalName.TrimEnd('.').ToLowerInvariant();
        foreach (var (refused, what) in RefusedNames)
        {
            if (name == refused || (refused == "localhost" && name.EndsWith(".localhost", StringComparison.Ordinal)))
                return $"'{externalName}' names {what}: an ExternalName Service pointing there lets an ingress controller or proxy inside the cluster reach it. {WhatToDo}";
        }

        // IPAddress reads the forms resolvers accept too ("127.1", "2130706433", "0x7f.1"), so none of them slips past.
        if (!IPAddress.TryParse(name, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
            return null;
        var (_, _, network) = RefusedNetworks.FirstOrDefault(n => Contains(n.Network, n.Bits, address));
        var spelled = name == address.ToString() ? "" : $" ({address})";
        return network is null
            ? null
            : $"'{externalName}'{spelled} is {network}: an ExternalName Service pointing there lets an ingress controller or proxy inside the cluster connect to it. {WhatToDo}";
    }

    private static bool Contains(IPAddress network, int bits, IPAddress address)
    {
        var a = network.GetAddressBytes();
        var b = address.GetAddressBytes();
        for (var i = 0; i < 4 && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : (byte)(0xFF << (8 - bits));
            if ((a[i] & mask) != (b[i] & mask))
                return false;
        }
        return true;
    }
}
