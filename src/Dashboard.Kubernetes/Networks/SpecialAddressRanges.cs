using System.Net;

namespace Dashboard.Kubernetes.Networks;

/// <summary>
/// The IANA special-purpose address ranges (RFC 6890 and its registries) with what to call each in a sentence: an
/// address in none of them is public. The most specific ranges come first, so <c>::1</c> is loopback, not "reserved".
/// </summary>
public static class SpecialAddressRanges
{
    private static readonly (IPNetwork Network, string Kind)[] Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "a 'this network' address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.0.0.0/24"), "a protocol-assignment address"),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address"),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved or broadcast address"),
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("::/96"), "an IPv4-compatible address"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local-use NAT64 address"),
        (IPNetwork.Parse("100::/64"), "a discard-only address"),
        (IPNetwork.Parse("2001::/32"), "a Teredo address"),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address"),
        (IPNetwork.Parse("2002::/16"), "a 6to4 address"),
        (IPNetwork.Parse("fc00::/7"), "a unique local (private) address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    /// <summary>The NAT64 well-known prefix (RFC 6052): the last 32 bits are the IPv4 address a gateway connects to.</summary>
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    /// <summary>What the range of a (normalised) address is called, or null for a public address.</summary>
    public static string? KindOf(IPAddress address)
    {
        foreach (var (network, kind) in Ranges)
        {
            if (network.Contains(address))
                return kind;
        }
        return null;
    }

    /// <summary>
    /// The IPv4 address behind an IPv4-mapped (<c>::ffff:127.0.0.1</c>) or NAT64 (<c>64:ff9b::7f00:1</c>) IPv6 address,
    /// else the address itself without a scope: what the policy judges, so a spelling cannot slip past a range.
    /// </summary>
    public static IPAddress Normalise(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4();
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            if (Nat64.Contains(address))
                return new IPAddress(bytes[12..]);
            return new IPAddress(bytes);
        }
        return address;
    }
}
