using Dashboard.Core.Annotations;
using Dashboard.Core.Drafts;
using Dashboard.Core.Gateways;
using Dashboard.Core.Ingresses;
using Dashboard.Core.PortExposures;
using Dashboard.Core.Routes;
using Dashboard.Core.Services;
using Dashboard.Kubernetes.Annotations;
using Dashboard.Kubernetes.Resources;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;

namespace Dashboard.Kubernetes.Changes;

/// <summary>
/// Runs the draft validators of Core with what the cluster's caches know (the namespace's Services and their ports,
/// the node ports in use) and the administrator's annotation policy. The operations run them before every change; the
/// wizards run them per step to show a field's error where it is typed. One set of rules, whoever asks.
/// </summary>
public sealed class DraftChecks(IClusterResources resources, IOptions<AnnotationOptions> annotationOptions)
{
    private readonly AnnotationPolicy annotations = annotationOptions.Value.ToPolicy();

    /// <summary>The draft's errors keyed by property path, only for the fields a wizard step shows (all when <paramref name="fields"/> is empty).</summary>
    public async Task<Dictionary<string, string>> ServiceErrorsAsync(Guid clusterId, ServiceDraft draft, IReadOnlyList<string> fields, CancellationToken cancellationToken) =>
        Keep(await new ServiceDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAsync(draft, cancellationToken), fields);

    public Task<Dictionary<string, string>> IngressErrorsAsync(Guid clusterId, IngressDraft draft, IReadOnlyList<string> fields, CancellationToken cancellationToken) =>
        IngressErrorsAsync(clusterId, draft, existingAnnotations: null, fields, cancellationToken);

    /// <param name="existingAnnotations">The annotations of the Ingress being edited (null for a new one): refused ones it already carries pass unchanged.</param>
    public async Task<Dictionary<string, string>> IngressErrorsAsync(
        Guid clusterId, IngressDraft draft, IReadOnlyDictionary<string, string>? existingAnnotations, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(clusterId, draft.Namespace, cancellationToken) with { ExistingAnnotations = existingAnnotations };
        return Keep(await new IngressDraftValidator(context).ValidateAsync(draft, cancellationToken), fields);
    }

    public async Task<Dictionary<string, string>> PortExposureErrorsAsync(Guid clusterId, PortExposureDraft draft, CancellationToken cancellationToken) =>
        Keep(await new PortExposureDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAsync(draft, cancellationToken), []);

    /// <summary>A Gateway draft's errors, with the cluster's GatewayClasses known (a class it does not have is refused).</summary>
    public async Task<Dictionary<string, string>> GatewayErrorsAsync(Guid clusterId, GatewayDraft draft, IReadOnlyList<string> fields, CancellationToken cancellationToken) =>
        Keep(await new GatewayDraftValidator(await GatewayContextAsync(clusterId, draft.Namespace, null, cancellationToken)).ValidateAsync(draft, cancellationToken), fields);

    /// <summary>An HTTPRoute draft's errors, with the namespace's Services and ports known.</summary>
    public async Task<Dictionary<string, string>> HttpRouteErrorsAsync(Guid clusterId, HttpRouteDraft draft, IReadOnlyList<string> fields, CancellationToken cancellationToken) =>
        Keep(await new HttpRouteDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAsync(draft, cancellationToken), fields);

    /// <param name="existingAnnotations">The live Gateway's annotations for an edit; null for a new one.</param>
    /// <inheritdoc cref="ThrowIfInvalidAsync(Guid, ServiceDraft, CancellationToken)"/>
    public async Task ThrowIfInvalidAsync(Guid clusterId, GatewayDraft draft, IReadOnlyDictionary<string, string>? existingAnnotations, CancellationToken cancellationToken) =>
        ThrowIfInvalid(await new GatewayDraftValidator(await GatewayContextAsync(clusterId, draft.Namespace, existingAnnotations, cancellationToken)).ValidateAsync(draft, cancellationToken));

    /// <param name="existingAnnotations">The live route's annotations for an edit; null for a new one.</param>
    /// <inheritdoc cref="ThrowIfInvalidAsync(Guid, ServiceDraft, CancellationToken)"/>
    public async Task ThrowIfInvalidAsync(Guid clusterId, HttpRouteDraft draft, IReadOnlyDictionary<string, string>? existingAnnotations, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(clusterId, draft.Namespace, cancellationToken) with { ExistingAnnotations = existingAnnotations };
        ThrowIfInvalid(await new HttpRouteDraftValidator(context).ValidateAsync(draft, cancellationToken));
    }

    /// <summary>Refuses an invalid draft before anything reaches the cluster.</summary>
    /// <exception cref="ValidationException">
    /// with every error of the draft: <see cref="ValidationException.Errors"/> per field (property paths as the
    /// validators name them), and a <see cref="Exception.Message"/> that is their sentences joined, to show as is.
    /// </exception>
    public async Task ThrowIfInvalidAsync(Guid clusterId, ServiceDraft draft, CancellationToken cancellationToken) =>
        ThrowIfInvalid(await new ServiceDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAsync(draft, cancellationToken));

    /// <inheritdoc cref="ThrowIfInvalidAsync(Guid, ServiceDraft, CancellationToken)"/>
    public Task ThrowIfInvalidAsync(Guid clusterId, IngressDraft draft, CancellationToken cancellationToken) =>
        ThrowIfInvalidAsync(clusterId, draft, existingAnnotations: null, cancellationToken);

    /// <summary>An edit: refused annotations the live Ingress already carries, with the same value, pass.</summary>
    /// <param name="existingAnnotations">The live Ingress's annotations, as read for this very write.</param>
    /// <inheritdoc cref="ThrowIfInvalidAsync(Guid, ServiceDraft, CancellationToken)"/>
    public async Task ThrowIfInvalidAsync(Guid clusterId, IngressDraft draft, IReadOnlyDictionary<string, string>? existingAnnotations, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(clusterId, draft.Namespace, cancellationToken) with { ExistingAnnotations = existingAnnotations };
        ThrowIfInvalid(await new IngressDraftValidator(context).ValidateAsync(draft, cancellationToken));
    }

    /// <inheritdoc cref="ThrowIfInvalidAsync(Guid, ServiceDraft, CancellationToken)"/>
    public async Task ThrowIfInvalidAsync(Guid clusterId, PortExposureDraft draft, CancellationToken cancellationToken) =>
        ThrowIfInvalid(await new PortExposureDraftValidator(await ContextAsync(clusterId, draft.Namespace, cancellationToken)).ValidateAsync(draft, cancellationToken));

    /// <summary>
    /// The namespace's Services and their ports (backend pickers, unknown-backend checks), the node ports in use
    /// anywhere in the cluster and the namespaces that exist, from the watch cache: no request per keystroke, and no
    /// page limit; and the annotation policy of the settings.
    /// </summary>
    public async Task<DraftValidationContext> ContextAsync(Guid clusterId, string ns, CancellationToken cancellationToken)
    {
        var known = await resources.NamespaceServicesAsync(clusterId, ns, cancellationToken);
        var inNamespace = known.Services
            .ToDictionary(s => s.Name, s => (IReadOnlyList<ServicePortRef>)s.Ports.Select(p => new ServicePortRef(p.Port, p.Name)).ToArray());
        var namespaces = (await resources.NamespacesAsync(clusterId, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return new DraftValidationContext(ServicesByName: inNamespace, TakenNodePorts: known.NodePortsInUse, ExistingNamespaces: namespaces)
        {
            Annotations = annotations,
        };
    }

    private async Task<DraftValidationContext> GatewayContextAsync(
        Guid clusterId, string ns, IReadOnlyDictionary<string, string>? existingAnnotations, CancellationToken cancellationToken)
    {
        var classes = await resources.GatewayClassesAsync(clusterId, cancellationToken);
        return await ContextAsync(clusterId, ns, cancellationToken) with
        {
            GatewayClasses = classes.Select(c => c.Name).ToArray(),
            ExistingAnnotations = existingAnnotations,
        };
    }

    /// <summary>
    /// Thrown as one exception whose message is the plain sentences (FluentValidation's own message prefixes each
    /// with the property path and severity, which a person should not have to read).
    /// </summary>
    public static void ThrowIfInvalid(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsValid)
            throw new ValidationException(string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal)), result.Errors);
    }

    private static Dictionary<string, string> Keep(ValidationResult result, IReadOnlyList<string> fields) =>
        result.Errors
            .Where(e => fields.Count == 0 || fields.Any(f => e.PropertyName == f || e.PropertyName.StartsWith(f + "[", StringComparison.Ordinal) || e.PropertyName.StartsWith(f + ".", StringComparison.Ordinal)))
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
}
