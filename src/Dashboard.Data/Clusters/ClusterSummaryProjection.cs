using System.Linq.Expressions;
using Dashboard.Core.Clusters;
using Dashboard.Data.Entities;

namespace Dashboard.Data.Clusters;

/// <summary>
/// Entity → <see cref="ClusterSummary"/>, once as an expression (so queries never read the encrypted
/// kubeconfig column) and once compiled for an entity already in memory. The server address is shown without any
/// <c>user:password@</c> (<see cref="ServerAddress.Redacted"/>).
/// </summary>
internal static class ClusterSummaryProjection
{
    public static readonly Expression<Func<ClusterEntity, ClusterSummary>> Expression = c => new ClusterSummary(
        c.Id,
        c.Name,
        c.Provider,
        ServerAddress.Redacted(c.ServerUrl),
        c.ContextName,
        c.CreatedAt,
        c.UpdatedAt,
        c.Status,
        c.LastSeenAt,
        c.KubernetesVersion,
        c.NodeCount,
        c.LastError,
        c.SandboxProfile,
        c.DetectedProvider);

    private static readonly Func<ClusterEntity, ClusterSummary> Compiled = Expression.Compile();

    public static ClusterSummary ToSummary(this ClusterEntity entity) => Compiled(entity);
}
