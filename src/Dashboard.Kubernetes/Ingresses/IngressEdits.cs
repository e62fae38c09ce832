using k8s.Models;

namespace Dashboard.Kubernetes.Ingresses;

/// <summary>How an edit from the wizard lands on the live Ingress: the draft's parts replace the user's, the rest stays.</summary>
internal static class IngressEdits
{
    /// <summary>
    /// Puts <paramref name="wanted"/>'s spec, labels and annotations on <paramref name="live"/>, keeping what the
    /// wizard does not show: kubectl's annotations, the list of generated hosts, and the generated hosts themselves
    /// (a Generate rule of the draft carries only the placeholder domain; the name already made is kept, not reset).
    /// </summary>
    public static void Apply(V1Ingress live, V1Ingress wanted, string hostnameDomain)
    {
        var generated = IngressDraftReader.GeneratedHosts(live);
        var liveGenerated = new Queue<string>((live.Spec?.Rules ?? []).Select(r => r.Host).OfType<string>().Where(generated.Contains).Distinct());
        foreach (var rule in wanted.Spec.Rules ?? [])
        {
            if (rule.Host == hostnameDomain && liveGenerated.TryDequeue(out var host))
                rule.Host = host;
        }

        var annotations = new Dictionary<string, string>(wanted.Metadata.Annotations ?? new Dictionary<string, string>());
        foreach (var (key, value) in live.Metadata.Annotations ?? new Dictionary<string, string>())
        {
            if (key.StartsWith("kubectl.kubernetes.io/", StringComparison.Ordinal) || key == IngressManifest.GeneratedHostsAnnotation)
                annotations[key] = value;
        }

        // Every Generate rule kept its name: nothing waits for one, so the request would only make the reconciler write again.
        if (!(wanted.Spec.Rules ?? []).Any(r => r.Host == hostnameDomain))
            annotations.Remove(IngressManifest.HostnameAnnotation);

        live.Spec = wanted.Spec;
        live.Metadata.Labels = wanted.Metadata.Labels;
        live.Metadata.Annotations = annotations.Count == 0 ? null : annotations;
    }
}
