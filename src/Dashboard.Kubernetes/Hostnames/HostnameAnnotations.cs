using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Hostnames;

/// <summary>Sets or removes one of the annotations that remember generated hostnames, on an ingress or a route alike.</summary>
internal static class HostnameAnnotations
{
    /// <summary>True when the annotation changed; null removes it.</summary>
    public static bool Set(IMetadata<V1ObjectMeta> obj, string key, string? value)
    {
        var annotations = obj.Metadata.Annotations;
        var current = annotations?.TryGetValue(key, out var existing) == true ? existing : null;
        if (string.Equals(current, value, StringComparison.Ordinal))
            return false;
        if (value is null)
        {
            annotations!.Remove(key);
            return true;
        }
        obj.Metadata.Annotations ??= new Dictionary<string, string>();
        obj.Metadata.Annotations[key] = value;
        return true;
    }
}
