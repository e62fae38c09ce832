using System.Globalization;
using Dashboard.Core.Drafts;
using Dashboard.Core.Ingresses;
using k8s;
using k8s.Models;

namespace Dashboard.Kubernetes.Ingresses;

/// <summary>
/// A live Ingress as the draft the wizard edits: the inverse of <see cref="IngressManifest.From"/>, so
/// draft → ToIngress → FromIngress gives the same draft. Pure: nothing here talks to a cluster.
/// </summary>
public static class IngressDraftReader
{
    /// <summary>Annotation prefixes the dashboard and kubectl keep for themselves: not shown, not the user's to edit.</summary>
    private static readonly string[] ReservedAnnotationPrefixes = ["dashboard.io/", "kubectl.kubernetes.io/"];

    /// <param name="hostnameDomain">The wildcard-DNS domain: a rule with exactly this host is a Generate rule (Rancher's convention).</param>
    /// <exception cref="IngressNotEditableException">a part the wizard cannot represent, named in the message.</exception>
    public static IngressDraft FromIngress(V1Ingress ingress, string hostnameDomain)
    {
        var ns = ingress.Metadata.NamespaceProperty ?? "default";
        var name = ingress.Metadata.Name;
        string? problem = null;
        var generated = GeneratedHosts(ingress);
        var rules = new List<IngressRuleDraft>();
        foreach (var (rule, index) in (ingress.Spec?.Rules ?? []).Select((r, i) => (r, i)))
        {
            if (rule.Http?.Paths is not { Count: > 0 } paths)
                problem ??= $"rule {index + 1} ({rule.Host ?? "any host"}) has no HTTP paths";
            else if (string.IsNullOrEmpty(rule.Host))
                problem ??= $"rule {index + 1} routes every host without being the default backend";
            else if (paths.FirstOrDefault(p => p.Backend?.Service is null) is { } resourcePath)
                problem ??= $"the path '{resourcePath.Path}' of rule {index + 1} goes to a resource backend, not a Service";
            else
                rules.Add(ToRule(rule, generated.Contains(rule.Host) || rule.Host == hostnameDomain));
        }
        if (ingress.Spec?.DefaultBackend is { } fallback)
        {
            if (fallback.Service is null)
                problem ??= "its default backend is a resource, not a Service";
            else
                rules.Add(new IngressRuleDraft { HostChoice = HostChoice.DefaultBackend, Paths = [ToPath("/", "Prefix", fallback.Service)] });
        }
        if (problem is not null)
            throw new IngressNotEditableException(ns, name, problem);

        return new IngressDraft
        {
            Namespace = ns,
            Name = name,
            ClassName = ingress.Spec?.IngressClassName,
            Rules = rules,
            Tls = (ingress.Spec?.Tls ?? []).Select(t => new IngressTlsDraft { Hosts = [.. t.Hosts ?? []], SecretName = t.SecretName ?? "" }).ToList(),
            Labels = ToPairs(ingress.Metadata.Labels, _ => true),
            Annotations = ToPairs(ingress.Metadata.Annotations, key => !IsReserved(key)),
        };
    }

    /// <summary>The hosts listed in <see cref="IngressManifest.GeneratedHostsAnnotation"/>.</summary>
    public static IReadOnlySet<string> GeneratedHosts(V1Ingress ingress) =>
        (ingress.GetAnnotation(IngressManifest.GeneratedHostsAnnotation) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsReserved(string key) => ReservedAnnotationPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

    private static IngressRuleDraft ToRule(V1IngressRule rule, bool generated) => new()
    {
        // A generated host is not the user's to type: the hostname flow owns it, the draft only says "generate".
        HostChoice = generated ? HostChoice.Generate : HostChoice.Custom,
        Host = generated ? null : rule.Host,
        Paths = rule.Http.Paths.Select(p => ToPath(p.Path ?? "", p.PathType ?? "ImplementationSpecific", p.Backend.Service)).ToList(),
    };

    private static IngressPathDraft ToPath(string path, string pathType, V1IngressServiceBackend service) => new()
    {
        Path = path,
        PathType = pathType,
        ServiceName = service.Name,
        ServicePort = service.Port?.Number?.ToString(CultureInfo.InvariantCulture) ?? service.Port?.Name ?? "",
    };

    private static List<KeyValueDraft> ToPairs(IDictionary<string, string>? map, Func<string, bool> keep) =>
        (map ?? new Dictionary<string, string>()).Where(pair => keep(pair.Key)).Select(pair => new KeyValueDraft { Key = pair.Key, Value = pair.Value }).ToList();
}
