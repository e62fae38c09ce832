using Dashboard.Core.Clusters;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Clusters;

/// <summary>Reads a registered cluster's overview live and records what it saw in the registry (and says so on the <see cref="ClusterStatusFeed"/>).</summary>
public sealed class ClusterInspector(
    ClusterClients clients, ClusterConnector connector, IClusterRegistry registry, ClusterStatusFeed statusFeed, TimeProvider clock)
{
    /// <summary>Probes the cluster (version, node count), records the outcome, and returns the updated summary.</summary>
    /// <exception cref="ClusterNotFoundException"/>
    public async Task<ClusterSummary> RefreshStatusAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        await RecordAsync(clusterId, await ProbeAsync(clusterId, cancellationToken), cancellationToken);
        return await registry.FindAsync(clusterId, cancellationToken) ?? throw new ClusterNotFoundException(clusterId);
    }

    /// <summary>Asks the cluster for its version, nodes and namespaces (three API calls) and says what it saw; records nothing.</summary>
    /// <exception cref="ClusterNotFoundException"/>
    public async Task<ClusterObservation> ProbeAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        ClusterProbe probe;
        try
        {
            var connection = await clients.GetAsync(clusterId, cancellationToken);
            probe = await connector.ProbeAsync(connection.Client, connection.ServerUrl, cancellationToken);
        }
        catch (Kubeconfigs.KubeconfigRejectedException e)
        {
            probe = ClusterProbe.Failed(e.Message); // stored before a stricter rule existed: say why it no longer loads
        }
        return new ClusterObservation(
            probe.Reachable ? ClusterStatus.Reachable : ClusterStatus.Unreachable,
            clock.GetUtcNow(), probe.KubernetesVersion, probe.NodeCount, probe.Error, probe.DetectedProvider);
    }

    /// <summary>Stores what was seen and tells the open clusters lists that this cluster may look different now.</summary>
    private async Task RecordAsync(Guid clusterId, ClusterObservation observation, CancellationToken cancellationToken)
    {
        await registry.RecordObservationAsync(clusterId, observation, cancellationToken);
        statusFeed.Publish(clusterId);
    }

    private const string DefaultClassAnnotation = "ingressclass.kubernetes.io/is-default-class";
    private const string RoleLabelPrefix = "node-role.kubernetes.io/";

    /// <exception cref="ClusterNotFoundException"/>
    public async Task<ClusterOverviewResult> GetOverviewAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var connection = await clients.GetAsync(clusterId, cancellationToken);
        var client = connection.Client;
        try
        {
            var version = client.Version.GetCodeAsync(cancellationToken);
            var namespaces = client.CoreV1.ListNamespaceAsync(cancellationToken: cancellationToken);
            var nodes = client.CoreV1.ListNodeAsync(cancellationToken: cancellationToken);
            var classes = client.NetworkingV1.ListIngressClassAsync(cancellationToken: cancellationToken);
            await Task.WhenAll(version, namespaces, nodes, classes);

            var overview = new ClusterOverview(
                (await version).GitVersion,
                (await namespaces).Items.Select(ToInfo).OrderBy(n => n.Name, StringComparer.Ordinal).ToArray(),
                (await nodes).Items.Select(ToInfo).OrderBy(n => n.Name, StringComparer.Ordinal).ToArray(),
                (await classes).Items.Select(ToInfo).OrderBy(c => c.Name, StringComparer.Ordinal).ToArray());
            var detected = QuickProviderDetection.Detect((await nodes).Items, overview.Namespaces.Select(n => n.Name));
            await RecordAsync(clusterId, new ClusterObservation(
                ClusterStatus.Reachable, clock.GetUtcNow(), overview.KubernetesVersion, overview.Nodes.Count, DetectedProvider: detected), cancellationToken);
            return new ClusterOverviewResult(overview, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var error = KubernetesErrors.Describe(e, connection.ServerUrl);
            await RecordAsync(clusterId, new ClusterObservation(
                ClusterStatus.Unreachable, clock.GetUtcNow(), Error: error), cancellationToken);
            return new ClusterOverviewResult(null, error);
        }
    }

    private static NamespaceInfo ToInfo(V1Namespace ns) =>
        new(ns.Name(), ns.Status?.Phase ?? "Active", ns.Metadata.CreationTimestamp is { } created ? new DateTimeOffset(created, TimeSpan.Zero) : null);

    private static NodeInfo ToInfo(V1Node node)
    {
        var addresses = node.Status?.Addresses ?? [];
        return new NodeInfo(
            node.Name(),
            (node.Labels() ?? new Dictionary<string, string>()).Keys
                .Where(k => k.StartsWith(RoleLabelPrefix, StringComparison.Ordinal))
                .Select(k => k[RoleLabelPrefix.Length..]).Order(StringComparer.Ordinal).ToArray(),
            node.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") ?? false,
            addresses.Where(a => a.Type == "InternalIP").Select(a => a.Address).ToArray(),
            addresses.Where(a => a.Type == "ExternalIP").Select(a => a.Address).ToArray(),
            node.Status?.NodeInfo?.KubeletVersion,
            node.Spec?.ProviderID);
    }

    private static IngressClassInfo ToInfo(V1IngressClass ingressClass) =>
        new(ingressClass.Name(), ingressClass.Spec?.Controller ?? "",
            ingressClass.GetAnnotation(DefaultClassAnnotation) == "true");
}
