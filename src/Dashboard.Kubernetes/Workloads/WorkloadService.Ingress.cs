using Dashboard.Core.Auditing;
using Dashboard.Core.Security;
using Dashboard.Core.Workloads;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Workloads;

public sealed partial class WorkloadService
{
    /// <param name="hostnameDomain">The wildcard-DNS domain Generate rules use as their placeholder host.</param>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="WorkloadRejectedException"/>
    public Task<WorkloadResult<V1Ingress>> CreateIngressAsync(
        Guid clusterId, IngressDraft draft, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken) =>
        AuditedUnlessDryRunAsync(actor, AuditActions.IngressCreate, clusterId, draft.Namespace, draft.Name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageWorkloads);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var ingress = await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.CreateNamespacedIngressAsync(
                WorkloadManifests.ToIngress(draft, hostnameDomain), draft.Namespace, dryRun: dryRun ? DryRunAll : null, cancellationToken: cancellationToken));
            return (Result(ingress, dryRun), Describe(ingress));
        }, cancellationToken);

    /// <summary>The live ingress as the draft the wizard edits; reading is not audited.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="WorkloadRejectedException">404 when it does not exist.</exception>
    /// <exception cref="IngressNotEditableException">it uses something the wizard cannot show.</exception>
    public async Task<IngressDraft> GetIngressDraftAsync(
        Guid clusterId, string ns, string name, string hostnameDomain, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        var ingress = await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.ReadNamespacedIngressAsync(name, ns, cancellationToken: cancellationToken));
        return IngressDrafts.FromIngress(ingress, hostnameDomain);
    }

    /// <summary>
    /// Replaces the spec, labels and the user's annotations of the existing ingress with the draft's (see
    /// <see cref="IngressEdits.Apply"/> for what is kept). Written with the
    /// resourceVersion it was read at, so a change someone made meanwhile is re-read, never silently overwritten.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="WorkloadRejectedException">404 when it does not exist; 409 when it kept changing.</exception>
    public Task<WorkloadResult<V1Ingress>> UpdateIngressAsync(
        Guid clusterId, IngressDraft draft, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken) =>
        AuditedUnlessDryRunAsync(actor, AuditActions.IngressEdit, clusterId, draft.Namespace, draft.Name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageWorkloads);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var ingress = await KubernetesCalls.RejectedAsAsync(() => OptimisticUpdate.RunAsync(async () =>
            {
                var live = await client.NetworkingV1.ReadNamespacedIngressAsync(draft.Name, draft.Namespace, cancellationToken: cancellationToken);
                // A fresh copy per attempt: Apply changes the wanted rules' hosts in place.
                IngressEdits.Apply(live, WorkloadManifests.ToIngress(draft, hostnameDomain), hostnameDomain);
                return await client.NetworkingV1.ReplaceNamespacedIngressAsync(live, draft.Name, draft.Namespace,
                    dryRun: dryRun ? DryRunAll : null, cancellationToken: cancellationToken);
            }, $"Ingress {draft.Namespace}/{draft.Name}"));
            return (Result(ingress, dryRun), Describe(ingress));
        }, cancellationToken);

    private static string Describe(V1Ingress ingress)
    {
        var hosts = ingress.Spec.Rules?.Select(r => r.Host ?? "*").ToList() ?? [];
        return $"class {ingress.Spec.IngressClassName ?? "(default)"}, hosts {(hosts.Count == 0 ? "none (default backend)" : string.Join(", ", hosts))}";
    }
}
