using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Hostnames;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Microsoft.Extensions.Options;
using k8s;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>
/// Writes generated hostnames (docs/decisions/0006 and 0007): the one-click action of the page and the API, and the reconciler's
/// follow-up when an address or the domain changes. Each write re-reads the ingress and replaces it with the
/// resourceVersion it read, so a concurrent edit is redone on the fresh object, never overwritten. Only writes
/// are audited: asking again when everything is up to date leaves no trace.
/// </summary>
public sealed class HostnameService(ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog, IOptions<HostnameOptions> options)
{
    /// <summary>Who the audit log names for the reconciler's writes.</summary>
    public static Actor Reconciler { get; } = new("system:hostnames", "system:hostnames", Roles.Admin);

    public string Domain => options.Value.Domain;

    /// <summary>Test seam: runs between reading the ingress and replacing it, so a test can land a concurrent edit there.</summary>
    internal Func<CancellationToken, Task>? BetweenReadAndReplace { get; set; }

    /// <summary>"Generate hostname": every rule without a host, with the placeholder, or with a generated name.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when the ingress does not exist; the API server's refusal.</exception>
    public Task<HostnameResult> GenerateAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ManageNetworking);
        return WriteAsync(clusterId, ns, name, actor, oneClick: true, cancellationToken);
    }

    /// <summary>The reconciler's pass over one ingress: placeholders filled, generated names kept right.</summary>
    internal Task<HostnameResult> ReconcileAsync(Guid clusterId, string ns, string name, CancellationToken cancellationToken) =>
        WriteAsync(clusterId, ns, name, Reconciler, oneClick: false, cancellationToken);

    private async Task<HostnameResult> WriteAsync(Guid clusterId, string ns, string name, Actor actor, bool oneClick, CancellationToken cancellationToken)
    {
        var domain = Domain;
        var before = new List<string?>();
        HostnameResult result;
        try
        {
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            result = await KubernetesCalls.RejectedAsAsync(() => OptimisticUpdate.RunAsync(async () =>
            {
                var live = await client.NetworkingV1.ReadNamespacedIngressAsync(name, ns, cancellationToken: cancellationToken);
                before = IngressHostnames.StateOf(live).RuleHosts.ToList();
                var plan = IngressHostnames.Plan(live, domain, oneClick);
                if (plan.Outcome == HostnameOutcome.Invalid || !IngressHostnames.Apply(live, plan))
                    return HostnameResult.From(plan, changed: false, ns, name);
                if (BetweenReadAndReplace is { } hook)
                    await hook(cancellationToken);
                await client.NetworkingV1.ReplaceNamespacedIngressAsync(live, name, ns, cancellationToken: cancellationToken);
                return HostnameResult.From(plan, changed: true, ns, name);
            }, $"Ingress {ns}/{name}"));
        }
        catch (Exception e) when (e is ApiServerRejectedException or ClusterNotFoundException)
        {
            await RecordAsync(actor, clusterId, ns, name, AuditOutcome.Failure, e.Message, CancellationToken.None);
            throw;
        }
        if (result.Changed)
            await RecordAsync(actor, clusterId, ns, name, AuditOutcome.Success, Describe(before, result), cancellationToken);
        return result;
    }

    private static string Describe(List<string?> before, HostnameResult result) => result.Outcome switch
    {
        HostnameOutcome.Generated =>
            $"{string.Join(", ", before.Where(h => !string.Equals(h, result.Hostname, StringComparison.Ordinal)).Select(h => h ?? "(no host)").Distinct(StringComparer.Ordinal))} → {result.Hostname}",
        HostnameOutcome.WaitingForAddress => "Asked for a generated hostname; waiting for the load balancer's address",
        _ => result.Message,
    };

    private async Task RecordAsync(Actor actor, Guid clusterId, string ns, string name, AuditOutcome outcome, string message, CancellationToken cancellationToken)
    {
        var clusterName = (await registry.FindAsync(clusterId, cancellationToken))?.Name;
        await auditLog.RecordAsync(new AuditEvent(actor.UserName, AuditActions.HostnameGenerate, outcome, message, clusterId, clusterName, ns, name), cancellationToken);
    }
}
