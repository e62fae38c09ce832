using Dashboard.Core.Support;
using Dashboard.Kubernetes.PortExposures;

namespace Dashboard.Web.Components.PortExposures;

/// <summary>
/// Where clients reach a port exposed through ingress-nginx: its LoadBalancer Service's address when it has one,
/// else every node's ExternalIP (the controller listens on the host's port there).
/// </summary>
public static class PortClientAddresses
{
    public static IReadOnlyList<string> Of(ClusterFacts facts)
    {
        var balancer = facts.LoadBalancerServices
            .Where(s => s.Namespace == PortExposureService.NginxNamespace)
            .SelectMany(s => s.Addresses)
            .Select(a => a.Ip ?? a.Hostname)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return balancer.Count > 0
            ? balancer
            : facts.Nodes.SelectMany(n => n.ExternalIps).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>"203.0.113.10:9000, 203.0.113.11:9000" for one exposed port.</summary>
    public static string ForPort(IReadOnlyList<string> addresses, int port) =>
        string.Join(", ", addresses.Select(address => $"{address}:{port}"));
}
