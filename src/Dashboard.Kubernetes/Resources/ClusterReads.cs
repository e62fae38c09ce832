using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Core.Support;
using Dashboard.Kubernetes.Gateways;
using Dashboard.Kubernetes.Routes;
using Dashboard.Kubernetes.Support;

namespace Dashboard.Kubernetes.Resources;

/// <summary>
/// The read side of the dashboard for a signed-in actor: the same reads as <see cref="IClusterResources"/> (and the
/// registry and support report), each demanding <see cref="Permission.View"/> first, so every caller (the HTTP API,
/// the pages) is authorized in this one place instead of each remembering to.
/// </summary>
/// <remarks>Errors are those of <see cref="IClusterResources"/>, plus <see cref="ForbiddenException"/>.</remarks>
public sealed class ClusterReads(IClusterResources resources, IClusterRegistry registry, ClusterSupportService support)
{
    public async Task<IReadOnlyList<ClusterSummary>> ClustersAsync(Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await registry.ListAsync(cancellationToken);
    }

    /// <summary>One page of the registered clusters (search and paging in the registry); see <see cref="IClusterRegistry.PageAsync"/>.</summary>
    public async Task<ClusterPage> ClusterPageAsync(ClusterQuery query, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await registry.PageAsync(query, cancellationToken);
    }

    /// <summary>Null when no cluster has that id.</summary>
    public async Task<ClusterSummary?> ClusterAsync(Guid clusterId, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await registry.FindAsync(clusterId, cancellationToken);
    }

    /// <summary>What each platform promises (the support table).</summary>
    public IReadOnlyList<SupportRow> SupportMatrix(Actor actor)
    {
        Authorize(actor);
        return Core.Support.SupportMatrix.Rows;
    }

    /// <summary>The promise and the observation for one cluster.</summary>
    public async Task<ClusterSupportReport> SupportAsync(Guid clusterId, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await support.GetAsync(clusterId, cancellationToken);
    }

    public async Task<ResourcePage<ServiceInfo>> ServicesAsync(Guid clusterId, ResourceQuery query, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.ServicesAsync(clusterId, query, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.ServiceAsync"/>
    public async Task<ServiceDetail?> ServiceAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.ServiceAsync(clusterId, ns, name, cancellationToken);
    }

    public async Task<ResourcePage<IngressInfo>> IngressesAsync(Guid clusterId, ResourceQuery query, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.IngressesAsync(clusterId, query, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.IngressAsync"/>
    public async Task<IngressDetail?> IngressAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.IngressAsync(clusterId, ns, name, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.GatewayClassesAsync"/>
    public async Task<IReadOnlyList<GatewayClassInfo>> GatewayClassesAsync(Guid clusterId, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.GatewayClassesAsync(clusterId, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.GatewaysAsync"/>
    public async Task<ResourcePage<GatewayInfo>> GatewaysAsync(Guid clusterId, ResourceQuery query, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.GatewaysAsync(clusterId, query, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.GatewayAsync"/>
    public async Task<GatewayDetail?> GatewayAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.GatewayAsync(clusterId, ns, name, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.HttpRoutesAsync"/>
    public async Task<ResourcePage<RouteInfo>> HttpRoutesAsync(Guid clusterId, ResourceQuery query, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.HttpRoutesAsync(clusterId, query, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.HttpRouteAsync"/>
    public async Task<HttpRouteDetail?> HttpRouteAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.HttpRouteAsync(clusterId, ns, name, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.RoutesAsync"/>
    public async Task<ResourcePage<RouteInfo>> RoutesAsync(Guid clusterId, RouteKind kind, ResourceQuery query, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.RoutesAsync(clusterId, kind, query, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.EventsAsync"/>
    public async Task<ObjectEvents> EventsAsync(Guid clusterId, EventSubject kind, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.EventsAsync(clusterId, kind, ns, name, cancellationToken);
    }

    /// <inheritdoc cref="IClusterResources.CountPodsAsync"/>
    public async Task<PodCount> CountPodsAsync(Guid clusterId, string ns, IReadOnlyDictionary<string, string> selector, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.CountPodsAsync(clusterId, ns, selector, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> NamespacesAsync(Guid clusterId, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.NamespacesAsync(clusterId, cancellationToken);
    }

    public async Task<ClusterFacts> FactsAsync(Guid clusterId, Actor actor, CancellationToken cancellationToken)
    {
        Authorize(actor);
        return await resources.FactsAsync(clusterId, cancellationToken);
    }

    private static void Authorize(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.View);
    }
}
