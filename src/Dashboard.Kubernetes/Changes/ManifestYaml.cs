using Dashboard.Core.Drafts;
using k8s;

namespace Dashboard.Kubernetes.Changes;

/// <summary>What every kind's manifest needs: the YAML a person reads, and drafts' key/value lists as maps.</summary>
public static class ManifestYaml
{
    /// <summary>Serialises as <c>kubectl get -o yaml</c> would show it.</summary>
    public static string ToYaml(object manifest) => KubernetesYaml.Serialize(manifest);

    /// <summary>Null rather than empty, so the YAML does not show <c>labels: {}</c>.</summary>
    internal static Dictionary<string, string>? ToMap(IEnumerable<KeyValueDraft> pairs)
    {
        var map = new Dictionary<string, string>();
        foreach (var pair in pairs.Where(p => !string.IsNullOrWhiteSpace(p.Key)))
            map[pair.Key.Trim()] = pair.Value;
        return map.Count == 0 ? null : map;
    }
}
