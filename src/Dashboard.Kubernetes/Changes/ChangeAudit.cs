using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Telemetry;

namespace Dashboard.Kubernetes.Changes;

/// <summary>
/// Records who changed what in which cluster and namespace, and how it ended, whatever the ending. A dry run changes
/// nothing, so it is not recorded.
/// </summary>
internal sealed class ChangeAudit(IClusterRegistry registry, IAuditLog audit)
{
    /// <summary>The value the API server's <c>dryRun</c> query parameter takes to check everything and store nothing.</summary>
    public const string DryRunAll = "All";

    public Task<T> RunAsync<T>(
        Actor actor, string action, Guid clusterId, string? ns, string? name, bool dryRun,
        Func<Task<(T Result, string Message)>> change, CancellationToken cancellationToken) =>
        dryRun ? UnrecordedAsync(action, clusterId, change) : RunAsync(actor, action, clusterId, ns, name, change, cancellationToken);

    public async Task<T> RunAsync<T>(
        Actor actor, string action, Guid clusterId, string? ns, string? name,
        Func<Task<(T Result, string Message)>> change, CancellationToken cancellationToken)
    {
        // The name as it is now: the audit row must still say which cluster after a rename or delete.
        var clusterName = (await registry.FindAsync(clusterId, cancellationToken))?.Name;
        using var span = StartSpan(action, clusterId, dryRun: false);
        span?.SetTag(DashboardMetrics.ClusterNameTag, clusterName);
        try
        {
            var (result, message) = await change();
            await audit.RecordAsync(new AuditEvent(actor.UserName, action, AuditOutcome.Success, message, clusterId, clusterName, ns, name), cancellationToken);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The type only: the message may quote the API server, and a span is no place to judge what it says.
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            await audit.RecordAsync(new AuditEvent(actor.UserName, action, AuditOutcome.Failure, e.Message, clusterId, clusterName, ns, name), CancellationToken.None);
            throw;
        }
    }

    private static async Task<T> UnrecordedAsync<T>(string action, Guid clusterId, Func<Task<(T Result, string Message)>> change)
    {
        using var span = StartSpan(action, clusterId, dryRun: true);
        return (await change()).Result;
    }

    /// <summary>One span per change, named by its audit action; the object's namespace and name stay in the audit log.</summary>
    private static System.Diagnostics.Activity? StartSpan(string action, Guid clusterId, bool dryRun) =>
        DashboardTracing.Source.StartActivity(action)?
            .SetTag(DashboardMetrics.ClusterIdTag, clusterId.ToString())
            .SetTag("dry_run", dryRun);
}
