using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Workloads;

/// <summary>What the dashboard does with Services and Ingresses that already exist: show their YAML, delete them.</summary>
public sealed partial class WorkloadService
{
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="WorkloadRejectedException">404 when it is already gone.</exception>
    public Task DeleteServiceAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken) =>
        audit.RunAsync(actor, AuditActions.ServiceDelete, clusterId, ns, name, async () =>
        {
            actor.Demand(Permission.ManageWorkloads);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            await KubernetesCalls.RejectedAsAsync(() => client.CoreV1.DeleteNamespacedServiceAsync(name, ns, cancellationToken: cancellationToken));
            return (true, "Deleted");
        }, cancellationToken);

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="WorkloadRejectedException">404 when it is already gone.</exception>
    public Task DeleteIngressAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken) =>
        audit.RunAsync(actor, AuditActions.IngressDelete, clusterId, ns, name, async () =>
        {
            actor.Demand(Permission.ManageWorkloads);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.DeleteNamespacedIngressAsync(name, ns, cancellationToken: cancellationToken));
            return (true, "Deleted");
        }, cancellationToken);

    /// <summary>The live object as YAML, for the "View YAML" panel; reading is not audited.</summary>
    /// <param name="kind"><c>service</c> or <c>ingress</c>.</param>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ArgumentException">another kind.</exception>
    /// <exception cref="WorkloadRejectedException">404 when it does not exist.</exception>
    public async Task<string> GetYamlAsync(Guid clusterId, string kind, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        IMetadata<V1ObjectMeta> obj = kind.ToLowerInvariant() switch
        {
            "service" => await KubernetesCalls.RejectedAsAsync(() => client.CoreV1.ReadNamespacedServiceAsync(name, ns, cancellationToken: cancellationToken)),
            "ingress" => await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.ReadNamespacedIngressAsync(name, ns, cancellationToken: cancellationToken)),
            _ => throw new ArgumentException($"Unknown kind '{kind}': expected 'service' or 'ingress'.", nameof(kind)),
        };
        return Result(obj, dryRun: false).Yaml;
    }
}
