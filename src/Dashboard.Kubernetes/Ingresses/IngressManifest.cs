using Dashboard.Core.Ingresses;
using Dashboard.Kubernetes.Changes;
using k8s.Models;

namespace Dashboard.Kubernetes.Ingresses;

/// <summary>
/// An Ingress draft as the object that is sent, and the annotations the hostname flow reads. Pure, like
/// <see cref="Services.ServiceManifest"/>.
/// </summary>
public static class IngressManifest
{
    /// <summary>Marks an ingress whose rules' host is the placeholder the hostname flow later replaces.</summary>
    public const string HostnameAnnotation = "dashboard.io/hostname";

    public const string HostnameGenerate = "generate";

    /// <summary>The hosts the dashboard generated (comma-separated): only these are ever regenerated, and the wizard shows them as Generate rules.</summary>
    public const string GeneratedHostsAnnotation = "dashboard.io/generated-hosts";

    /// <param name="hostnameDomain">
    /// The wildcard-DNS domain (sslip.io, say). A Generate rule's host is this domain until the hostname flow, once
    /// the ingress has an address, replaces it with <c>&lt;ingress&gt;.&lt;namespace&gt;.&lt;ip&gt;.&lt;domain&gt;</c>
    /// (Rancher writes the same placeholder).
    /// </param>
    public static V1Ingress From(IngressDraft draft, string hostnameDomain)
    {
        var annotations = ManifestYaml.ToMap(draft.Annotations) ?? [];
        if (draft.Rules.Any(r => r.HostChoice == HostChoice.Generate))
            annotations[HostnameAnnotation] = HostnameGenerate;

        var defaultBackend = draft.Rules.FirstOrDefault(r => r.HostChoice == HostChoice.DefaultBackend);
        var rules = draft.Rules
            .Where(r => r.HostChoice != HostChoice.DefaultBackend)
            .Select(r => ToRule(r, hostnameDomain))
            .ToList();
        return new V1Ingress
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "Ingress",
            Metadata = new V1ObjectMeta
            {
                Name = draft.Name,
                NamespaceProperty = draft.Namespace,
                Labels = ManifestYaml.ToMap(draft.Labels),
                Annotations = annotations.Count == 0 ? null : annotations,
            },
            Spec = new V1IngressSpec
            {
                // Null leaves the choice to the cluster's default IngressClass.
                IngressClassName = string.IsNullOrWhiteSpace(draft.ClassName) ? null : draft.ClassName.Trim(),
                DefaultBackend = defaultBackend?.Paths.FirstOrDefault() is { } path ? ToBackend(path) : null,
                Rules = rules.Count == 0 ? null : rules,
                Tls = draft.Tls.Count == 0 ? null : draft.Tls.Select(ToTls).ToList(),
            },
        };
    }

    private static V1IngressRule ToRule(IngressRuleDraft rule, string hostnameDomain) => new()
    {
        Host = rule.HostChoice == HostChoice.Generate ? hostnameDomain : rule.Host?.Trim(),
        Http = new V1HTTPIngressRuleValue
        {
            Paths = rule.Paths.Select(p => new V1HTTPIngressPath
            {
                Path = p.Path,
                PathType = p.PathType,
                Backend = ToBackend(p),
            }).ToList(),
        },
    };

    /// <summary>A port number goes in <c>number</c>, a port name in <c>name</c>: the API takes exactly one.</summary>
    private static V1IngressBackend ToBackend(IngressPathDraft path)
    {
        var port = path.ServicePort.Trim();
        return new V1IngressBackend
        {
            Service = new V1IngressServiceBackend
            {
                Name = path.ServiceName,
                Port = int.TryParse(port, out var number)
                    ? new V1ServiceBackendPort { Number = number }
                    : new V1ServiceBackendPort { Name = port },
            },
        };
    }

    private static V1IngressTLS ToTls(IngressTlsDraft tls) => new()
    {
        Hosts = tls.Hosts.Count == 0 ? null : tls.Hosts.ToList(),
        SecretName = string.IsNullOrWhiteSpace(tls.SecretName) ? null : tls.SecretName.Trim(),
    };
}
