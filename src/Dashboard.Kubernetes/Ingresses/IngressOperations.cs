using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Ingresses;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using FluentValidation;
using FluentValidation.Results;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Ingresses;

/// <summary>
/// Creating, editing, reading and deleting Ingresses: the one path the wizard and the HTTP API take, shaped like
/// <see cref="Services.ServiceOperations"/>: the role first, then the draft (<see cref="DraftChecks"/>), then the cluster.
/// </summary>
public sealed class IngressOperations(ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog, DraftChecks checks)
{
    private readonly ChangeAudit audit = new(registry, auditLog);

    /// <param name="hostnameDomain">The wildcard-DNS domain Generate rules use as their placeholder host.</param>
    /// <exception cref="ForbiddenException">the actor may not change networking (checked before the draft).</exception>
    /// <exception cref="ValidationException">
    /// the draft is invalid; nothing reached the cluster. Errors per field, and a message of plain sentences a UI
    /// shows as is (see <see cref="DraftChecks.ThrowIfInvalidAsync(Guid, IngressDraft, CancellationToken)"/>).
    /// </exception>
    /// <exception cref="ApiServerRejectedException"/>
    public Task<ChangeResult<V1Ingress>> CreateAsync(
        Guid clusterId, IngressDraft draft, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.IngressCreate, clusterId, draft.Namespace, draft.Name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            await checks.ThrowIfInvalidAsync(clusterId, draft, cancellationToken);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var ingress = await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.CreateNamespacedIngressAsync(
                IngressManifest.From(draft, hostnameDomain), draft.Namespace, dryRun: dryRun ? ChangeAudit.DryRunAll : null, cancellationToken: cancellationToken));
            return (ChangeResult<V1Ingress>.Of(ingress, dryRun), Describe(ingress));
        }, cancellationToken);
    }

    /// <summary>The live ingress as the draft the wizard edits; reading is not audited.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist.</exception>
    /// <exception cref="IngressNotEditableException">it uses something the wizard cannot show.</exception>
    public async Task<IngressDraft> GetDraftAsync(
        Guid clusterId, string ns, string name, string hostnameDomain, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        var ingress = await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.ReadNamespacedIngressAsync(name, ns, cancellationToken: cancellationToken));
        return IngressDraftReader.FromIngress(ingress, hostnameDomain);
    }

    /// <summary>
    /// Replaces the spec, labels and the user's annotations of the existing ingress with the draft's (see
    /// <see cref="IngressEdits.Apply"/> for what is kept). Written with the
    /// resourceVersion it was read at, so a change someone made meanwhile is re-read, never silently overwritten.
    /// The draft is checked against each read: an annotation the policy refuses passes only when the live Ingress
    /// already carries it with the same value (docs/decisions/0014-annotation-policy.md).
    /// </summary>
    /// <param name="ns">The namespace of the Ingress being edited.</param>
    /// <param name="name">The name of the Ingress being edited: a draft naming another one is refused, never retargeted.</param>
    /// <exception cref="ForbiddenException">the actor may not change networking (checked before the draft).</exception>
    /// <exception cref="ValidationException">
    /// the draft names another Ingress, or is invalid; nothing was written (errors per field, and a message of plain
    /// sentences, as for <see cref="CreateAsync"/>).
    /// </exception>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist; 409 when it kept changing.</exception>
    public Task<ChangeResult<V1Ingress>> UpdateAsync(
        Guid clusterId, string ns, string name, IngressDraft draft, string hostnameDomain, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.IngressEdit, clusterId, ns, name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            if ((draft.Namespace, draft.Name) != (ns, name))
                DraftChecks.ThrowIfInvalid(new ValidationResult([new ValidationFailure(nameof(IngressDraft.Name),
                    $"The draft names the Ingress {draft.Namespace}/{draft.Name}, but {ns}/{name} is the one being edited: an edit cannot move or rename an Ingress. Make them the same.")]));
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var ingress = await KubernetesCalls.RejectedAsAsync(() => OptimisticUpdate.RunAsync(async () =>
            {
                var live = await client.NetworkingV1.ReadNamespacedIngressAsync(draft.Name, draft.Namespace, cancellationToken: cancellationToken);
                // Checked against this very read: a refused annotation passes only as the object being replaced carries it.
                await checks.ThrowIfInvalidAsync(clusterId, draft, live.Metadata.Annotations?.AsReadOnly(), cancellationToken);
                // A fresh copy per attempt: Apply changes the wanted rules' hosts in place.
                IngressEdits.Apply(live, IngressManifest.From(draft, hostnameDomain), hostnameDomain);
                return await client.NetworkingV1.ReplaceNamespacedIngressAsync(live, draft.Name, draft.Namespace,
                    dryRun: dryRun ? ChangeAudit.DryRunAll : null, cancellationToken: cancellationToken);
            }, $"Ingress {draft.Namespace}/{draft.Name}"));
            return (ChangeResult<V1Ingress>.Of(ingress, dryRun), Describe(ingress));
        }, cancellationToken);
    }

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it is already gone.</exception>
    public Task DeleteAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken) =>
        audit.RunAsync(actor, AuditActions.IngressDelete, clusterId, ns, name, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.DeleteNamespacedIngressAsync(name, ns, cancellationToken: cancellationToken));
            return (true, "Deleted");
        }, cancellationToken);

    /// <summary>The live Ingress as YAML, for the "View YAML" panel; reading is not audited.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist.</exception>
    public async Task<string> GetYamlAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        var ingress = await KubernetesCalls.RejectedAsAsync(() => client.NetworkingV1.ReadNamespacedIngressAsync(name, ns, cancellationToken: cancellationToken));
        return ChangeResult<V1Ingress>.Of(ingress, dryRun: false).Yaml;
    }

    private static string Describe(V1Ingress ingress)
    {
        var hosts = ingress.Spec.Rules?.Select(r => r.Host ?? "*").ToList() ?? [];
        return $"class {ingress.Spec.IngressClassName ?? "(default)"}, hosts {(hosts.Count == 0 ? "none (default backend)" : string.Join(", ", hosts))}";
    }
}
