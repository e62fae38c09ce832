using Dashboard.Core.Kubernetes;
using Dashboard.Core.Security;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Clusters;
using Dashboard.Kubernetes.Resources;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Services;

/// <summary>A selector the Service wizard offers in one click: where it comes from and its labels.</summary>
/// <param name="Source">"Deployment web", "2 pods": what the user recognises.</param>
public sealed record SelectorSuggestion(string Source, IReadOnlyDictionary<string, string> Labels);

/// <summary>
/// Reads the Service wizard makes while the user types: workloads' selectors (from the API server, once per namespace
/// chosen) and how many pods a selector matches (from the pod cache: no request per keystroke). Only labels and
/// names leave this class: no pod specs, no secret data.
/// </summary>
public sealed class PodSelectorLookup(ClusterClients clients, IClusterResources resources)
{
    private const int PageSize = 500;

    /// <summary>Labels the controllers add to every pod they make: never part of a workload's selector.</summary>
    private static readonly string[] ControllerLabels =
        ["pod-template-hash", "controller-revision-hash", "pod-template-generation", "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index"];

    /// <summary>
    /// The <c>spec.selector.matchLabels</c> of the namespace's Deployments, StatefulSets and DaemonSets; where there
    /// are none, the distinct label sets of its pods (without the labels controllers add), most common first.
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">the API server refused a read.</exception>
    public async Task<IReadOnlyList<SelectorSuggestion>> SelectorSuggestionsAsync(Guid clusterId, string ns, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.View);
        var client = (await clients.GetAsync(clusterId, cancellationToken)).Client;
        var apps = client.AppsV1;
        var suggestions = new List<SelectorSuggestion>();
        suggestions.AddRange(Selectors("Deployment", await OrNullAsync(() => apps.ListNamespacedDeploymentAsync(ns, cancellationToken: cancellationToken)),
            d => (d.Metadata.Name, d.Spec?.Selector)));
        suggestions.AddRange(Selectors("StatefulSet", await OrNullAsync(() => apps.ListNamespacedStatefulSetAsync(ns, cancellationToken: cancellationToken)),
            s => (s.Metadata.Name, s.Spec?.Selector)));
        suggestions.AddRange(Selectors("DaemonSet", await OrNullAsync(() => apps.ListNamespacedDaemonSetAsync(ns, cancellationToken: cancellationToken)),
            d => (d.Metadata.Name, d.Spec?.Selector)));
        if (suggestions.Count > 0)
            return suggestions;

        var pods = await PodsAsync(client, ns, null, cancellationToken);
        return pods
            .Select(p => (IReadOnlyDictionary<string, string>)(p.Metadata.Labels ?? new Dictionary<string, string>())
                .Where(l => !ControllerLabels.Contains(l.Key)).OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary())
            .Where(labels => labels.Count > 0)
            .GroupBy(Describe)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SelectorSuggestion(g.Count() == 1 ? "1 pod" : $"{g.Count()} pods", g.First()))
            .ToList();
    }

    /// <summary>
    /// How many pods of the namespace the selector matches, from the cluster's pod cache (which follows pods as they
    /// come and go); an empty selector matches none (as a Service's).
    /// </summary>
    /// <exception cref="ForbiddenException"/>
    /// <exception cref="ApiServerRejectedException">400 for a key or value that is not a valid label (the API server would refuse
    /// the selector), 403 when the cluster does not let the dashboard read pods.</exception>
    /// <exception cref="ClusterUnavailableException">the cluster's caches could not be loaded.</exception>
    public async Task<int> CountPodsAsync(Guid clusterId, string ns, IReadOnlyDictionary<string, string> selector, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.View);
        ArgumentNullException.ThrowIfNull(selector);
        if (selector.Select(l => KubernetesNames.QualifiedName(l.Key) ?? KubernetesNames.LabelValue(l.Value)).FirstOrDefault(p => p is not null) is { } invalid)
            throw new ApiServerRejectedException(400, invalid);
        var count = await resources.CountPodsAsync(clusterId, ns, selector, cancellationToken);
        return count.Problem is { } problem ? throw new ApiServerRejectedException(403, problem) : count.Count;
    }

    /// <summary><c>a=b,c=d</c>: the equality form of a label selector.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> labels) => string.Join(",", labels.Select(l => $"{l.Key}={l.Value}"));

    private static IEnumerable<SelectorSuggestion> Selectors<T>(string kind, IItems<T>? list, Func<T, (string Name, V1LabelSelector? Selector)> read) =>
        (list?.Items ?? []).Select(read)
            .Where(w => w.Selector?.MatchLabels is { Count: > 0 })
            .Select(w => new SelectorSuggestion($"{kind} {w.Name}", w.Selector!.MatchLabels.ToDictionary()));

    /// <summary>Every page of the namespace's pods (a namespace that does not exist has none).</summary>
    private static async Task<List<V1Pod>> PodsAsync(IKubernetes client, string ns, string? labelSelector, CancellationToken cancellationToken)
    {
        var pods = new List<V1Pod>();
        string? next = null;
        do
        {
            var page = await OrNullAsync(() => client.CoreV1.ListNamespacedPodAsync(
                ns, labelSelector: labelSelector, limit: PageSize, continueParameter: next, cancellationToken: cancellationToken));
            pods.AddRange(page?.Items ?? []);
            next = page?.Metadata?.ContinueProperty;
        }
        while (!string.IsNullOrEmpty(next));
        return pods;
    }

    /// <summary>The list, or null when the API answers 404 (a new namespace, or apps/v1 not served).</summary>
    private static Task<T?> OrNullAsync<T>(Func<Task<T>> list)
        where T : class =>
        KubernetesCalls.RejectedAsAsync(() => KubernetesCalls.ReadOrNullAsync(list));
}
