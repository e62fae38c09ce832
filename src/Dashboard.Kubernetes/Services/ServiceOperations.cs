using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Caching;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using FluentValidation;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Dashboard.Kubernetes.Services;

/// <summary>
/// Creating, reading and deleting Services: the one path the wizard and the HTTP API take, so both get the same
/// gate: the role is demanded first, then the draft is validated (<see cref="DraftChecks"/>), and only then is the
/// cluster called. What the API server refuses comes back as an <see cref="ApiServerRejectedException"/> with its
/// own message. Every real change is audited, refusals included; dry runs are not.
/// </summary>
public sealed class ServiceOperations(
    ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog, DraftChecks checks, WatchCacheRegistry caches)
{
    /// <summary>Where a dry run checks a Service whose namespace would be created first (see CreateAsync).</summary>
    private const string StandInNamespace = "default";

    private readonly ChangeAudit audit = new(registry, auditLog);

    /// <exception cref="ForbiddenException">the actor may not change networking (checked before the draft).</exception>
    /// <exception cref="ValidationException">
    /// the draft is invalid; nothing reached the cluster. Errors per field, and a message of plain sentences a UI
    /// shows as is (see <see cref="DraftChecks.ThrowIfInvalidAsync(Guid, ServiceDraft, CancellationToken)"/>).
    /// </exception>
    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="ApiServerRejectedException">the API server refused the namespace or the Service.</exception>
    public Task<ChangeResult<V1Service>> CreateAsync(Guid clusterId, ServiceDraft draft, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.ServiceCreate, clusterId, draft.Namespace, draft.Name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            await checks.ThrowIfInvalidAsync(clusterId, draft, cancellationToken);
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
    }

    /// <summary>
    /// What stops working when the Service is deleted (Ingresses naming it, ports exposed through ingress-nginx, the
    /// cluster's own API Service), from the watch caches; empty when nothing the dashboard can see depends on it.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="Resources.ClusterUnavailableException">the cluster's caches could not be loaded.</exception>
    public async Task<IReadOnlyList<ServiceDependent>> DependentsAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.View);
        return await caches.ReadAsync(clusterId, c => ServiceDependents.Of(c, ns, name), cancellationToken);
    }

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ProtectedServiceException">it is <c>default/kubernetes</c>, the cluster's own API Service.</exception>
    /// <exception cref="ApiServerRejectedException">404 when it is already gone.</exception>
    public Task DeleteAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken) =>
        audit.RunAsync(actor, AuditActions.ServiceDelete, clusterId, ns, name, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            if (DeleteRefusal(ns, name) is { } refusal)
                throw new ProtectedServiceException(ns, name, refusal);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            await KubernetesCalls.RejectedAsAsync(() => client.CoreV1.DeleteNamespacedServiceAsync(name, ns, cancellationToken: cancellationToken));
            return (true, "Deleted");
        }, cancellationToken);

    /// <summary>
    /// Why the dashboard will not delete this Service (null when it will): <see cref="DeleteAsync"/> refuses with this
    /// sentence, and the pages show it instead of a delete button.
    /// </summary>
    public static string? DeleteRefusal(string ns, string name) =>
        ServiceDependents.IsClusterApi(ns, name)
            ? "default/kubernetes is the cluster's own API Service: pods and controllers inside the cluster reach the API server through it. " +
              "The API server recreates it shortly after a delete, and until then in-cluster clients lose the API. The dashboard does not delete it; " +
              "if you truly mean to, run: kubectl delete service kubernetes -n default"
            : null;

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
