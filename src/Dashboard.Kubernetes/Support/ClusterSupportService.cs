using Dashboard.Core.Clusters;
using Dashboard.Core.Providers;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Resources;

namespace Dashboard.Kubernetes.Support;

/// <summary>Builds a cluster's support report from the watch caches: no API request once they are warm.</summary>
public sealed class ClusterSupportService(IClusterRegistry registry, IClusterResources resources)
{
    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="ClusterUnavailableException">the cluster does not answer.</exception>
    public async Task<ClusterSupportReport> GetAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var cluster = await registry.FindAsync(clusterId, cancellationToken) ?? throw new ClusterNotFoundException(clusterId);
        var facts = await resources.FactsAsync(clusterId, cancellationToken);
        var detected = ProviderDetection.Detect(facts);
        var kind = cluster.Provider != ProviderKind.Unknown ? cluster.Provider : detected.Kind;
        var promise = SupportMatrix.For(kind);
        var observed = SupportObservation.Observe(facts);
        var today = TodayMatrix.For(kind);
        return new ClusterSupportReport(cluster.Id, cluster.Name, cluster.Provider, detected, kind, promise, observed,
            SupportDifferences.Between(promise, observed, today))
        {
            Today = today,
            GatewayApi = GatewayApiObservation.Observe(today, facts),
        };
    }
}
