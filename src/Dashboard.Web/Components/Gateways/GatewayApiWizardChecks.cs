using Dashboard.Core.Gateways;
using Dashboard.Core.Routes;
using Dashboard.Kubernetes.Changes;
using FluentValidation.Results;

namespace Dashboard.Web.Components.Gateways;

/// <summary>
/// The step checks of the Gateway and HTTPRoute wizards: Core's validators with the context the service layer's
/// <see cref="DraftChecks"/> builds from the caches (the namespace's Services and ports, the namespaces, the annotation
/// policy), plus the cluster's GatewayClasses. The operations run the same validators before every change.
/// </summary>
public static class GatewayApiWizardChecks
{
    /// <param name="classes">The cluster's GatewayClass names, as the Class step offers them.</param>
    public static async Task<Dictionary<string, string>> GatewayErrorsAsync(
        DraftChecks checks, Guid clusterId, GatewayDraft draft, IReadOnlyCollection<string> classes, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(draft);
        var context = await checks.ContextAsync(clusterId, draft.Namespace, cancellationToken) with { GatewayClasses = classes };
        return Keep(await new GatewayDraftValidator(context).ValidateAsync(draft, cancellationToken), fields);
    }

    public static async Task<Dictionary<string, string>> HttpRouteErrorsAsync(
        DraftChecks checks, Guid clusterId, HttpRouteDraft draft, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(draft);
        var context = await checks.ContextAsync(clusterId, draft.Namespace, cancellationToken);
        return Keep(await new HttpRouteDraftValidator(context).ValidateAsync(draft, cancellationToken), fields);
    }

    /// <summary>The errors of the step's fields (a field, its items <c>Field[0]…</c> and members <c>Field.X</c>), one per path.</summary>
    private static Dictionary<string, string> Keep(ValidationResult result, IReadOnlyList<string> fields) =>
        result.Errors
            .Where(e => fields.Count == 0 || fields.Any(f => e.PropertyName == f || e.PropertyName.StartsWith(f + "[", StringComparison.Ordinal) || e.PropertyName.StartsWith(f + ".", StringComparison.Ordinal)))
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
}
