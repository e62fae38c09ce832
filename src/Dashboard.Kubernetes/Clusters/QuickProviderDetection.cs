using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Resources;
using k8s.Models;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>
/// The platform recognised from what a connection test already reads (nodes and namespace names), so the clusters
/// list can show it without starting the cluster's watch caches. The Support tab detects from the caches' full facts.
/// </summary>
internal static class QuickProviderDetection
{
    public static ProviderKind Detect(IEnumerable<V1Node> nodes, IEnumerable<string> namespaces) =>
        Detect(nodes.Select(ClusterObjectConversion.ToFacts), namespaces);

    /// <summary>The same detection from what a running watch cache holds, so a check from the cache and a probe agree.</summary>
    public static ProviderKind Detect(IEnumerable<NodeFacts> nodes, IEnumerable<string> namespaces) =>
        ProviderDetection.Detect(new ClusterFacts(nodes.ToArray(), namespaces.ToArray(), [], [], [], false, false, false)).Kind;
}
