using System.Net;

namespace Dashboard.Kubernetes.Networks;

/// <summary>Why an address may or may not be connected to.</summary>
public enum AddressRuling
{
    /// <summary>Public, or in <see cref="ClusterAddressOptions.AllowedNetworks"/>.</summary>
    Allowed,

    /// <summary>One of the embedded sandbox clusters.</summary>
    EmbeddedSandbox,

    /// <summary>In <see cref="ClusterAddressOptions.DeniedNetworks"/>.</summary>
    Denied,

    /// <summary>The dashboard's own listener.</summary>
    DashboardItself,

    /// <summary>A special-purpose address (loopback, say) that <see cref="ClusterAddressOptions.AllowedNetworks"/> does not list.</summary>
    NotListed,
}

/// <summary>The policy's ruling on one address and port; <paramref name="Network"/> is the matching range, if any.</summary>
public sealed record AddressVerdict(IPAddress Address, int Port, AddressRuling Ruling, string? Network = null, string? Kind = null)
{
    public bool IsAllowed => Ruling is AddressRuling.Allowed or AddressRuling.EmbeddedSandbox;
}
