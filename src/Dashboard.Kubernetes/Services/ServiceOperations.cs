using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Dashboard.Kubernetes.Services;

/// <summary>
/// Creating, reading and deleting Services: the one path the wizard and the HTTP API take. What the API server
/// refuses comes back as an <see cref="ApiServerRejectedException"/> with its own message. Every real change is
/// audited; dry runs are not.
/// </summary>
public sealed class ServiceOperations(ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog)
{
    /// <summary>Where a dry run checks a Service whose namespace would be created first (see CreateAsync).</summary>
    private const string StandInNamespace = "default";

    private readonly ChangeAudit audit = new(registry, auditLog);

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="ApiServerRejectedException">the API server refused the namespace or the Service.</exception>
    public Task<ChangeResult<V1Service>> CreateAsync(Guid clusterId, ServiceDraft draft, Actor actor, bool dryRun, CancellationToken cancellationToken) =>
        audit.RunAsync(actor, AuditActions.ServiceCreate, clusterId, draft.Namespace, draft.Name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var namespaceCreated = draft.CreateNamespace && await CreateNamespaceIfMissingAsync(client, draft.Namespace, dryRun, cancellationToken);
            var before = namespaceCreated && !dryRun ? $"Namespace '{draft.Namespace}' was created" : null;
            var service = await KubernetesCalls.RejectedAsAsync(
                () => namespaceCreated && dryRun
                    ? DryRunInStandInAsync(client, ServiceManifest.From(draft), cancellationToken)
                    : client.CoreV1.CreateNamespacedServiceAsync(ServiceManifest.From(draft), draft.Namespace,
                        dryRun: dryRun ? ChangeAudit.DryRunAll : null, cancellationToken: cancellationToken),
                before);
            var message = $"{(before is null ? "" : before + "; ")}Service {service.Spec.Type}{(dryRun ? " (dry run)" : "")}";
            return (ChangeResult<V1Service>.Of(service, dryRun), message);
        }, cancellationToken);

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it is already gone.</exception>
    public Task DeleteAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken) =>
        audit.RunAsync(actor, AuditActions.ServiceDelete, clusterId, ns, name, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            await KubernetesCalls.RejectedAsAsync(() => client.CoreV1.DeleteNamespacedServiceAsync(name, ns, cancellationToken: cancellationToken));
            return (true, "Deleted");
        }, cancellationToken);

    /// <summary>The live Service as YAML, for the "View YAML" panel; reading is not audited.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist.</exception>
    public async Task<string> GetYamlAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        var service = await KubernetesCalls.RejectedAsAsync(() => client.CoreV1.ReadNamespacedServiceAsync(name, ns, cancellationToken: cancellationToken));
        return ChangeResult<V1Service>.Of(service, dryRun: false).Yaml;
    }

    /// <summary>True when the namespace did not exist and was created (or would be, on a dry run).</summary>
    private static async Task<bool> CreateNamespaceIfMissingAsync(IKubernetes client, string name, bool dryRun, CancellationToken cancellationToken)
    {
        var existing = await KubernetesCalls.RejectedAsAsync(() => KubernetesCalls.ReadOrNullAsync(
            () => client.CoreV1.ReadNamespaceAsync(name, cancellationToken: cancellationToken)));
        if (existing is not null)
            return false;
        await KubernetesCalls.RejectedAsAsync(() => client.CoreV1.CreateNamespaceAsync(
            new V1Namespace { Metadata = new V1ObjectMeta { Name = name } }, dryRun: dryRun ? ChangeAudit.DryRunAll : null, cancellationToken: cancellationToken));
        return true;
    }

    /// <summary>
    /// A dry-run namespace is not stored, so the API server would answer 404 for a Service in it. Checking the
    /// Service in a namespace that always exists still runs every validation and node port check; a name taken
    /// there says nothing about the new (empty) namespace, so that one answer is ignored.
    /// </summary>
    private static async Task<V1Service> DryRunInStandInAsync(IKubernetes client, V1Service service, CancellationToken cancellationToken)
    {
        var target = service.Metadata.NamespaceProperty;
        service.Metadata.NamespaceProperty = StandInNamespace;
        V1Service checkedService;
        try
        {
            checkedService = await client.CoreV1.CreateNamespacedServiceAsync(service, StandInNamespace, dryRun: ChangeAudit.DryRunAll, cancellationToken: cancellationToken);
        }
        catch (HttpOperationException e) when (KubernetesCalls.IsStatus(e, 409))
        {
            checkedService = service;
        }
        checkedService.Metadata.NamespaceProperty = target;
        return checkedService;
    }
}
