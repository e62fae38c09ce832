using System.Net;
using System.Net.NetworkInformation;

namespace Dashboard.Kubernetes.Networks;

/// <summary>
/// What listens in this process, as the host tells it: the dashboard's own listeners (its pages and API, the metrics
/// port), which no cluster may point at, and the embedded sandbox clusters, which are on loopback and allowed whatever
/// <see cref="ClusterAddressOptions.AllowedNetworks"/> says. Thread-safe; filled while the app starts.
/// </summary>
public sealed class LocalEndpoints
{
    private readonly Lock gate = new();
    private readonly HashSet<(IPAddress Address, int Port)> listeners = [];
    private readonly HashSet<int> wildcardPorts = [];
    private readonly HashSet<IPEndPoint> sandboxes = [];

    /// <summary>
    /// A listener of the dashboard. <see cref="IPAddress.Any"/> or <see cref="IPAddress.IPv6Any"/> (a host of <c>*</c>,
    /// <c>+</c> or <c>0.0.0.0</c>) means the port on every address of this machine.
    /// </summary>
    public void AddDashboardListener(IPAddress address, int port)
    {
        lock (gate)
        {
            if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
                wildcardPorts.Add(port);
            else
                listeners.Add((SpecialAddressRanges.Normalise(address), port));
        }
    }

    /// <summary>An embedded sandbox cluster's endpoint (always on loopback).</summary>
    public void AddEmbeddedSandbox(IPEndPoint endpoint)
    {
        lock (gate)
            sandboxes.Add(new IPEndPoint(SpecialAddressRanges.Normalise(endpoint.Address), endpoint.Port));
    }

    public void RemoveEmbeddedSandbox(IPEndPoint endpoint)
    {
        lock (gate)
            sandboxes.Remove(new IPEndPoint(SpecialAddressRanges.Normalise(endpoint.Address), endpoint.Port));
    }

    /// <param name="address">Normalised (<see cref="SpecialAddressRanges.Normalise"/>).</param>
    public bool IsDashboardListener(IPAddress address, int port)
    {
        bool wildcard;
        lock (gate)
        {
            if (listeners.Contains((address, port)))
                return true;
            wildcard = wildcardPorts.Contains(port);
        }
        return wildcard && IsThisMachine(address);
    }

    /// <param name="address">Normalised (<see cref="SpecialAddressRanges.Normalise"/>).</param>
    public bool IsEmbeddedSandbox(IPAddress address, int port)
    {
        lock (gate)
            return sandboxes.Contains(new IPEndPoint(address, port));
    }

    /// <summary>Loopback, the unspecified address (Linux connects it to this machine) or an address of one of its interfaces.</summary>
    private static bool IsThisMachine(IPAddress address) =>
        IPAddress.IsLoopback(address)
        || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
        || NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Any(unicast => SpecialAddressRanges.Normalise(unicast.Address).Equals(address));
}
