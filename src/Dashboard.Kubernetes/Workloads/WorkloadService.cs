using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Security;
using Dashboard.Core.Workloads;
using Dashboard.Kubernetes.Clusters;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Dashboard.Kubernetes.Workloads;

/// <summary>
/// Creating, changing and deleting Services and Ingresses: the one path the wizards and the HTTP API take. The
/// drafts arrive validated (the web layer runs the validators); what the API server still refuses comes back as a
/// <see cref="WorkloadRejectedException"/> with its own message. Every real change is audited; dry runs are not.
/// </summary>
public sealed partial class WorkloadService(ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog)
{
    private const string DryRunAll = "All";

    /// <summary>Where a dry run checks a Service whose namespace would be created first (see CreateServiceAsync).</summary>
    private const string StandInNamespace = "default";

    private readonly WorkloadAudit audit = new(registry, auditLog);

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ClusterNotFoundException"/>
    /// <exception cref="WorkloadRejectedException">the API server refused the namespace or the Service.</exception>
    public Task<WorkloadResult<V1Service>> CreateServiceAsync(Guid clusterId, ServiceDraft draft, Actor actor, bool dryRun, CancellationToken cancellationToken) =>
        AuditedUnlessDryRunAsync(actor, AuditActions.ServiceCreate, clusterId, draft.Namespace, draft.Name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageWorkloads);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var namespaceCreated = draft.CreateNamespace && await CreateNamespaceIfMissingAsync(client, draft.Namespace, dryRun, cancellationToken);
            var before = namespaceCreated && !dryRun ? $"Namespace '{draft.Namespace}' was created" : null;
            var service = await KubernetesCalls.RejectedAsAsync(
                () => namespaceCreated && dryRun
                    ? DryRunInStandInAsync(client, WorkloadManifests.ToService(draft), cancellationToken)
                    : client.CoreV1.CreateNamespacedServiceAsync(WorkloadManifests.ToService(draft), draft.Namespace,
                        dryRun: dryRun ? DryRunAll : null, cancellationToken: cancellationToken),
                before);
            var message = $"{(before is null ? "" : before + "; ")}Service {service.Spec.Type}{(dryRun ? " (dry run)" : "")}";
            return (Result(service, dryRun), message);
        }, cancellationToken);

    /// <summary>True when the namespace did not exist and was created (or would be, on a dry run).</summary>
    private static async Task<bool> CreateNamespaceIfMissingAsync(IKubernetes client, string name, bool dryRun, CancellationToken cancellationToken)
    {
        var existing = await KubernetesCalls.RejectedAsAsync(() => KubernetesCalls.ReadOrNullAsync(
            () => client.CoreV1.ReadNamespaceAsync(name, cancellationToken: cancellationToken)));
        if (existing is not null)
            return false;
        await KubernetesCalls.RejectedAsAsync(() => client.CoreV1.CreateNamespaceAsync(
            new V1Namespace { Metadata = new V1ObjectMeta { Name = name } }, dryRun: dryRun ? DryRunAll : null, cancellationToken: cancellationToken));
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
            checkedService = await client.CoreV1.CreateNamespacedServiceAsync(service, StandInNamespace, dryRun: DryRunAll, cancellationToken: cancellationToken);
        }
        catch (HttpOperationException e) when (KubernetesCalls.IsStatus(e, 409))
        {
            checkedService = service;
        }
        checkedService.Metadata.NamespaceProperty = target;
        return checkedService;
    }

    private static WorkloadResult<T> Result<T>(T obj, bool dryRun)
        where T : IMetadata<V1ObjectMeta>
    {
        // Field ownership bookkeeping is noise to a person reading the YAML.
        obj.Metadata.ManagedFields = null;
        return new WorkloadResult<T>(obj, WorkloadManifests.ToYaml(obj), dryRun);
    }

    private Task<T> AuditedUnlessDryRunAsync<T>(
        Actor actor, string action, Guid clusterId, string ns, string name, bool dryRun,
        Func<Task<(T Result, string Message)>> change, CancellationToken cancellationToken) =>
        dryRun
            ? RunUnauditedAsync(change)
            : audit.RunAsync(actor, action, clusterId, ns, name, change, cancellationToken);

    private static async Task<T> RunUnauditedAsync<T>(Func<Task<(T Result, string Message)>> change) => (await change()).Result;
}
