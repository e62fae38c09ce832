namespace Dashboard.Kubernetes.Resources;

/// <summary>Every Service of a cluster from the watch cache, for pickers: one list, whatever the page limit.</summary>
public static class AllServices
{
    /// <summary>Pages through <see cref="IClusterResources.ServicesAsync"/> (the cache answers; the cluster sees no request).</summary>
    public static async Task<IReadOnlyList<ServiceInfo>> ListAsync(IClusterResources resources, Guid clusterId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var all = new List<ServiceInfo>();
        while (true)
        {
            var page = await resources.ServicesAsync(clusterId, new ResourceQuery(Skip: all.Count, Take: ResourcePaging.MaxTake), cancellationToken);
            all.AddRange(page.Items);
            if (page.Items.Count == 0 || all.Count >= page.Total)
                return all;
        }
    }
}
