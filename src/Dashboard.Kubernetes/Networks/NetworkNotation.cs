using System.Net;

namespace Dashboard.Kubernetes.Networks;

/// <summary>Reads the CIDRs of <see cref="ClusterAddressOptions"/>: <c>10.0.0.0/8</c>, <c>fc00::/7</c>, or one address.</summary>
public static class NetworkNotation
{
    /// <summary>Null when the entry is fine, else why not (without the setting's name).</summary>
    public static string? Problem(string entry)
    {
        var slash = entry.IndexOf('/', StringComparison.Ordinal);
        var addressPart = slash < 0 ? entry : entry[..slash];
        if (!IPAddress.TryParse(addressPart, out var address))
            return "is not a CIDR: write a network address and a prefix length, such as 10.0.0.0/8 or fc00::/7";
        if (address.IsIPv4MappedToIPv6)
            return $"is an IPv4 range written as IPv6: write it as IPv4 ({address.MapToIPv4()}/…), which also covers the mapped form";
        if (slash >= 0 && !IPNetwork.TryParse(entry, out _))
        {
            var bits = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
            return int.TryParse(entry[(slash + 1)..], out var prefix) && prefix >= 0 && prefix <= bits
                ? $"has bits set after its prefix: write the network's first address, such as {new IPNetwork(Masked(address, prefix), prefix)}"
                : $"is not a CIDR: the prefix length after '/' must be a whole number from 0 to {bits}";
        }
        return null;
    }

    /// <exception cref="FormatException">the entry is not valid (see <see cref="Problem"/>).</exception>
    public static IPNetwork Parse(string entry)
    {
        if (Problem(entry) is { } problem)
            throw new FormatException($"'{entry}' {problem}.");
        if (entry.Contains('/', StringComparison.Ordinal))
            return IPNetwork.Parse(entry);
        var address = IPAddress.Parse(entry);
        return new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
    }

    private static IPAddress Masked(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        return new IPAddress(bytes);
    }
}
