using Dashboard.Core.Workloads;
using Dashboard.Kubernetes.Resources;

namespace Dashboard.Web.Components.Workloads;

/// <summary>
/// Runs the shared draft validators (the API runs the same ones) with what the cluster's caches know, and keeps
/// the errors of the fields a wizard step shows, keyed by property path.
/// </summary>
public static class WorkloadValidation
{
    /// <summary>How long after the last keystroke a step's errors are re-checked, once Next has shown some.</summary>
    public static readonly TimeSpan RecheckDelay = TimeSpan.FromMilliseconds(150);

    public static async Task<Dictionary<string, string>> ServiceErrorsAsync(ServiceDraft draft, Guid clusterId, IClusterResources resources, IReadOnlyList<string> fields)
    {
        var context = await ContextAsync(clusterId, draft.Namespace, resources);
        var result = await new ServiceDraftValidator(context).ValidateAsync(draft);
        return Keep(result, fields);
    }

    public static async Task<Dictionary<string, string>> IngressErrorsAsync(IngressDraft draft, Guid clusterId, IClusterResources resources, IReadOnlyList<string> fields)
    {
        var context = await ContextAsync(clusterId, draft.Namespace, resources);
        var result = await new IngressDraftValidator(context).ValidateAsync(draft);
        return Keep(result, fields);
    }

    /// <summary>The namespace's Services and their ports (backend pickers, unknown-backend checks) and the node ports in use.</summary>
    public static async Task<WorkloadValidationContext> ContextAsync(Guid clusterId, string ns, IClusterResources resources)
    {
        var all = await resources.ServicesAsync(clusterId, new ResourceQuery(Take: 500), CancellationToken.None);
        var inNamespace = all.Items.Where(s => s.Namespace == ns)
            .ToDictionary(s => s.Name, s => (IReadOnlyList<ServicePortRef>)s.Ports.Select(p => new ServicePortRef(p.Port, p.Name)).ToArray());
        var nodePorts = all.Items.SelectMany(s => s.Ports).Where(p => p.NodePort is not null).Select(p => p.NodePort!.Value).ToHashSet();
        return new WorkloadValidationContext(ServicesByName: inNamespace, TakenNodePorts: nodePorts);
    }

    private static Dictionary<string, string> Keep(FluentValidation.Results.ValidationResult result, IReadOnlyList<string> fields) =>
        result.Errors
            .Where(e => fields.Count == 0 || fields.Any(f => e.PropertyName == f || e.PropertyName.StartsWith(f + "[", StringComparison.Ordinal) || e.PropertyName.StartsWith(f + ".", StringComparison.Ordinal)))
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
}
