using System.Net;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Networks;

/// <summary>
/// Decides whether the dashboard may connect to an address and port (docs/decisions/0012), in this order: a
/// <see cref="ClusterAddressOptions.DeniedNetworks"/> entry refuses; the dashboard's own listener refuses; an embedded
/// sandbox is allowed; an <see cref="ClusterAddressOptions.AllowedNetworks"/> entry allows; any other special-purpose
/// address (loopback, documentation, …) is refused; a public address is allowed. Addresses are judged after
/// <see cref="SpecialAddressRanges.Normalise">normalising</see>, so <c>::ffff:127.0.0.1</c> is loopback.
/// </summary>
public sealed class ClusterAddressPolicy
{
    private readonly (IPNetwork Network, string Text)[] allowed;
    private readonly (IPNetwork Network, string Text)[] denied;
    private readonly LocalEndpoints local;

    /// <exception cref="FormatException">an entry is not a CIDR (the options validator says so at start first).</exception>
    public ClusterAddressPolicy(IOptions<ClusterAddressOptions> options, LocalEndpoints local)
    {
        allowed = [.. options.Value.EffectiveAllowedNetworks.Select(Read)];
        denied = [.. options.Value.EffectiveDeniedNetworks.Select(Read)];
        this.local = local;
    }

    public AddressVerdict Judge(IPAddress address, int port)
    {
        var judged = SpecialAddressRanges.Normalise(address);
        foreach (var (network, text) in denied)
        {
            if (network.Contains(judged))
                return new AddressVerdict(judged, port, AddressRuling.Denied, text, SpecialAddressRanges.KindOf(judged));
        }
        if (local.IsDashboardListener(judged, port))
            return new AddressVerdict(judged, port, AddressRuling.DashboardItself);
        if (local.IsEmbeddedSandbox(judged, port))
            return new AddressVerdict(judged, port, AddressRuling.EmbeddedSandbox);
        foreach (var (network, text) in allowed)
        {
            if (network.Contains(judged))
                return new AddressVerdict(judged, port, AddressRuling.Allowed, text);
        }
        return SpecialAddressRanges.KindOf(judged) is { } kind
            ? new AddressVerdict(judged, port, AddressRuling.NotListed, Kind: kind)
            : new AddressVerdict(judged, port, AddressRuling.Allowed);
    }

    private static (IPNetwork, string) Read(string entry) => (NetworkNotation.Parse(entry), entry);
}
