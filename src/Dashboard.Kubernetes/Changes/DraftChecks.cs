using Dashboard.Core.Drafts;
using Dashboard.Core.Ingresses;
using Dashboard.Core.PortExposures;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Resources;
using FluentValidation;
using FluentValidation.Results;

namespace Dashboard.Kubernetes.Changes;

/// <summary>
/// Runs the draft validators of Core with what the cluster's caches know (the namespace's Services and their ports,
/// the node ports in use). The operations run them before every change; the wizards run them per step to show a
/// field's error where it is typed. One set of rules, whoever asks.
/// </summary>
public sealed class DraftChecks(IClusterResources resources)
{
    /// <summary>The draft's errors keyed by property path, only for the fields a wizard step shows (all when <paramref name="fields"/> is empty).</summary>
    public async Task<Dictionary<string, string>> ServiceErrorsAsync(Guid clusterId, ServiceDraft draft, IReadOnlyList<string> fields, CancellationToken cancellationToken) =>
        Keep(await new ServiceDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAsync(draft, cancellationToken), fields);

    public async Task<Dictionary<string, string>> IngressErrorsAsync(Guid clusterId, IngressDraft draft, IReadOnlyList<string> fields, CancellationToken cancellationToken) =>
        Keep(await new IngressDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAsync(draft, cancellationToken), fields);

    public async Task<Dictionary<string, string>> PortExposureErrorsAsync(Guid clusterId, PortExposureDraft draft, CancellationToken cancellationToken) =>
        Keep(await new PortExposureDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAsync(draft, cancellationToken), []);

    /// <exception cref="ValidationException">with every error of the draft.</exception>
    public async Task ThrowIfInvalidAsync(Guid clusterId, ServiceDraft draft, CancellationToken cancellationToken) =>
        await new ServiceDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAndThrowAsync(draft, cancellationToken);

    /// <exception cref="ValidationException">with every error of the draft.</exception>
    public async Task ThrowIfInvalidAsync(Guid clusterId, IngressDraft draft, CancellationToken cancellationToken) =>
        await new IngressDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAndThrowAsync(draft, cancellationToken);

    /// <exception cref="ValidationException">with every error of the draft.</exception>
    public async Task ThrowIfInvalidAsync(Guid clusterId, PortExposureDraft draft, CancellationToken cancellationToken) =>
        await new PortExposureDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAndThrowAsync(draft, cancellationToken);

    /// <summary>The namespace's Services and their ports (backend pickers, unknown-backend checks), the node ports in use and the namespaces that exist.</summary>
    public async Task<DraftValidationContext> ContextAsync(Guid clusterId, string ns, CancellationToken cancellationToken)
    {
        var all = await resources.ServicesAsync(clusterId, new ResourceQuery(Take: 500), cancellationToken);
        var inNamespace = all.Items.Where(s => s.Namespace == ns)
            .ToDictionary(s => s.Name, s => (IReadOnlyList<ServicePortRef>)s.Ports.Select(p => new ServicePortRef(p.Port, p.Name)).ToArray());
        var nodePorts = all.Items.SelectMany(s => s.Ports).Where(p => p.NodePort is not null).Select(p => p.NodePort!.Value).ToHashSet();
        var namespaces = (await resources.NamespacesAsync(clusterId, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return new DraftValidationContext(ServicesByName: inNamespace, TakenNodePorts: nodePorts, ExistingNamespaces: namespaces);
    }

    private static Dictionary<string, string> Keep(ValidationResult result, IReadOnlyList<string> fields) =>
        result.Errors
            .Where(e => fields.Count == 0 || fields.Any(f => e.PropertyName == f || e.PropertyName.StartsWith(f + "[", StringComparison.Ordinal) || e.PropertyName.StartsWith(f + ".", StringComparison.Ordinal)))
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
}
