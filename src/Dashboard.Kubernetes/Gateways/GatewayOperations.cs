using Dashboard.Core.Auditing;
using Dashboard.Core.Clusters;
using Dashboard.Core.Gateways;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Gateways.Models;
using Dashboard.Kubernetes.Ingresses;
using FluentValidation;
using FluentValidation.Results;

namespace Dashboard.Kubernetes.Gateways;

/// <summary>
/// Creating, editing, reading and deleting Gateways: the one path the wizard and the HTTP API take, shaped like
/// <see cref="IngressOperations"/>: the role first, then the draft (<see cref="DraftChecks"/>, and the listeners'
/// certificate Secrets), then the cluster, and the outcome audited.
/// </summary>
public sealed class GatewayOperations(ClusterClients clients, IClusterRegistry registry, IAuditLog auditLog, DraftChecks checks, TlsSecretLookup secrets)
{
    private const string Plural = "gateways";

    private readonly ChangeAudit audit = new(registry, auditLog);

    /// <exception cref="ForbiddenException">the actor may not change networking (checked before the draft).</exception>
    /// <exception cref="ValidationException">
    /// the draft is invalid (a class the cluster does not have, a certificate Secret that does not exist, …); nothing
    /// reached the cluster. Errors per field, and a message of plain sentences.
    /// </exception>
    /// <exception cref="ApiServerRejectedException">the API server refused it (409 when it exists; 404 when the cluster does not serve Gateway API).</exception>
    public Task<ChangeResult<V1Gateway>> CreateAsync(Guid clusterId, GatewayDraft draft, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.GatewayCreate, clusterId, draft.Namespace, draft.Name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            await checks.ThrowIfInvalidAsync(clusterId, draft, existingAnnotations: null, cancellationToken);
            await ThrowIfSecretsMissingAsync(clusterId, draft, actor, cancellationToken);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var gateway = await GatewayApiClient.CreateAsync(client, Plural, GatewayManifest.From(draft), dryRun, cancellationToken);
            return (ChangeResult<V1Gateway>.Of(gateway, dryRun), Describe(gateway));
        }, cancellationToken);
    }

    /// <summary>The live Gateway as the draft the wizard edits; reading is not audited.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist.</exception>
    public async Task<GatewayDraft> GetDraftAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        return GatewayDraftReader.FromGateway(await GatewayApiClient.GetAsync<V1Gateway>(client, Plural, ns, name, cancellationToken));
    }

    /// <summary>
    /// Replaces the spec, labels and annotations of the existing Gateway with the draft's, written with the
    /// resourceVersion it was read at: a change made meanwhile is re-read, never silently overwritten. The draft
    /// carries every annotation the object had (<see cref="GetDraftAsync"/>), so what it leaves out is removed.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ValidationException">the draft names another Gateway, or is invalid; nothing was written.</exception>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist; 409 when it kept changing.</exception>
    public Task<ChangeResult<V1Gateway>> UpdateAsync(
        Guid clusterId, string ns, string name, GatewayDraft draft, Actor actor, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.GatewayEdit, clusterId, ns, name, dryRun, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            if ((draft.Namespace, draft.Name) != (ns, name))
                DraftChecks.ThrowIfInvalid(new ValidationResult([new ValidationFailure(nameof(GatewayDraft.Name),
                    $"The draft names the Gateway {draft.Namespace}/{draft.Name}, but {ns}/{name} is the one being edited: an edit cannot move or rename a Gateway. Make them the same.")]));
            await ThrowIfSecretsMissingAsync(clusterId, draft, actor, cancellationToken);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            var gateway = await KubernetesCalls.RejectedAsAsync(() => OptimisticUpdate.RunAsync(async () =>
            {
                var live = await GatewayApiClient.ReadAsync<V1Gateway>(client, Plural, ns, name, cancellationToken);
                await checks.ThrowIfInvalidAsync(clusterId, draft, live.Metadata.Annotations?.AsReadOnly(), cancellationToken);
                var wanted = GatewayManifest.From(draft);
                live.Spec = wanted.Spec;
                live.Metadata.Labels = wanted.Metadata.Labels;
                live.Metadata.Annotations = wanted.Metadata.Annotations;
                return await GatewayApiClient.ReplaceAsync(client, Plural, live, dryRun, cancellationToken);
            }, $"Gateway {ns}/{name}"));
            return (ChangeResult<V1Gateway>.Of(gateway, dryRun), Describe(gateway));
        }, cancellationToken);
    }

    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it is already gone.</exception>
    public Task DeleteAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return audit.RunAsync(actor, AuditActions.GatewayDelete, clusterId, ns, name, async () =>
        {
            actor.Demand(Permission.ManageNetworking);
            var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
            await GatewayApiClient.DeleteAsync(client, Plural, ns, name, cancellationToken);
            return (true, "Deleted");
        }, cancellationToken);
    }

    /// <summary>The live Gateway as YAML; reading is not audited.</summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">404 when it does not exist.</exception>
    public async Task<string> GetYamlAsync(Guid clusterId, string ns, string name, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        return ChangeResult<V1Gateway>.Of(await GatewayApiClient.GetAsync<V1Gateway>(client, Plural, ns, name, cancellationToken), dryRun: false).Yaml;
    }

    /// <summary>
    /// An HTTPS listener with an existing Secret must name one of the namespace's kubernetes.io/tls Secrets (names
    /// only are read: see <see cref="TlsSecretLookup"/>). When the cluster does not let the dashboard list Secrets the
    /// check is left to the Gateway's controller, which reports it on the listener.
    /// </summary>
    private async Task ThrowIfSecretsMissingAsync(Guid clusterId, GatewayDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        var wanted = draft.Listeners
            .Select((listener, index) => (listener, index))
            .Where(l => l.listener.CertificateSource == CertificateSource.ExistingSecret && !string.IsNullOrWhiteSpace(l.listener.CertificateSecretName)
                && l.listener.Protocol is ListenerProtocols.Https or ListenerProtocols.Tls)
            .ToArray();
        if (wanted.Length == 0)
            return;
        IReadOnlyList<string> names;
        try
        {
            names = await secrets.TlsSecretNamesAsync(clusterId, draft.Namespace, actor, cancellationToken);
        }
        catch (ApiServerRejectedException)
        {
            return;
        }
        var failures = wanted
            .Where(l => !names.Contains(l.listener.CertificateSecretName!.Trim(), StringComparer.Ordinal))
            .Select(l => new ValidationFailure($"{nameof(GatewayDraft.Listeners)}[{l.index}].{nameof(GatewayListenerDraft.CertificateSecretName)}",
                $"Not found: namespace {draft.Namespace} has no kubernetes.io/tls Secret named '{l.listener.CertificateSecretName!.Trim()}'. Pick one that exists, create it, or let cert-manager make it."))
            .ToList();
        DraftChecks.ThrowIfInvalid(new ValidationResult(failures));
    }

    private static string Describe(V1Gateway gateway)
    {
        var listeners = (gateway.Spec?.Listeners ?? []).Select(l => $"{l.Name} {l.Protocol}/{l.Port}" + (l.Hostname is null ? "" : $" {l.Hostname}"));
        return $"class {gateway.Spec?.GatewayClassName}, listeners {string.Join(", ", listeners)}";
    }
}
