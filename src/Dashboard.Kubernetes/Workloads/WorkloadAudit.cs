using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;

namespace Dashboard.Kubernetes.Workloads;

/// <summary>Records who changed what in which cluster and namespace, and how it ended, whatever the ending.</summary>
internal sealed class WorkloadAudit(IClusterRegistry registry, IAuditLog audit)
{
    public async Task<T> RunAsync<T>(
        Actor actor, string action, Guid clusterId, string? ns, string? name,
        Func<Task<(T Result, string Message)>> change, CancellationToken cancellationToken)
    {
        // The name as it is now: the audit row must still say which cluster after a rename or delete.
        var clusterName = (await registry.FindAsync(clusterId, cancellationToken))?.Name;
        try
        {
            var (result, message) = await change();
            await audit.RecordAsync(new AuditEvent(actor.UserName, action, AuditOutcome.Success, message, clusterId, clusterName, ns, name), cancellationToken);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await audit.RecordAsync(new AuditEvent(actor.UserName, action, AuditOutcome.Failure, e.Message, clusterId, clusterName, ns, name), CancellationToken.None);
            throw;
        }
    }
}
