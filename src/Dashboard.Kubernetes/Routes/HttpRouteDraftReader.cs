using Dashboard.Core.Drafts;
using Dashboard.Core.Routes;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Routes.Models;

namespace Dashboard.Kubernetes.Routes;

/// <summary>A live HTTPRoute as the draft the wizard edits: the inverse of <see cref="HttpRouteManifest.From"/>.</summary>
public static class HttpRouteDraftReader
{
    /// <param name="hostnameDomain">The placeholder domain: a route whose only hostname is it, or whose hostnames the dashboard generated, reads as Generate.</param>
    public static HttpRouteDraft FromRoute(V1HttpRoute route, string hostnameDomain)
    {
        ArgumentNullException.ThrowIfNull(route);
        var ns = route.Metadata.NamespaceProperty ?? "default";
        var annotations = route.Metadata.Annotations ?? new Dictionary<string, string>();
        var hostnames = route.Spec?.Hostnames ?? [];
        var generated = (annotations.TryGetValue(IngressManifest.GeneratedHostsAnnotation, out var g) ? g : "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var requested = annotations.TryGetValue(IngressManifest.HostnameAnnotation, out var r) && r == IngressManifest.HostnameGenerate;
        var isGenerated = hostnames.Count > 0
            && hostnames.All(h => string.Equals(h, hostnameDomain, StringComparison.OrdinalIgnoreCase) || generated.Contains(h, StringComparer.OrdinalIgnoreCase));
        var choice = isGenerated || (requested && hostnames.Count == 0) ? RouteHostChoice.Generate
            : hostnames.Count == 0 ? RouteHostChoice.Any
            : RouteHostChoice.Custom;
        return new HttpRouteDraft
        {
            Namespace = ns,
            Name = route.Metadata.Name ?? "",
            Parents = (route.Spec?.ParentRefs ?? []).Select(p => new RouteParentDraft
            {
                GatewayNamespace = string.IsNullOrEmpty(p.Namespace) ? null : p.Namespace,
                GatewayName = p.Name,
                ListenerName = p.SectionName,
            }).ToList(),
            HostChoice = choice,
            Hostnames = choice == RouteHostChoice.Custom ? [.. hostnames] : [],
            Rules = (route.Spec?.Rules ?? []).Select(ToDraft).ToList(),
            Labels = Pairs(route.Metadata.Labels),
            Annotations = Pairs(annotations.Where(a => a.Key is not IngressManifest.HostnameAnnotation and not IngressManifest.GeneratedHostsAnnotation)),
        };
    }

    private static HttpRouteRuleDraft ToDraft(V1HttpRouteRule rule)
    {
        var filters = rule.Filters ?? [];
        var redirect = filters.FirstOrDefault(f => f.Type == "RequestRedirect")?.RequestRedirect;
        var rewrite = filters.FirstOrDefault(f => f.Type == "URLRewrite")?.UrlRewrite;
        return new HttpRouteRuleDraft
        {
            Matches = (rule.Matches ?? []).Select(m => new HttpRouteMatchDraft
            {
                PathType = m.Path?.Type ?? HttpPathTypes.PathPrefix,
                Path = m.Path?.Value ?? "/",
                Headers = (m.Headers ?? []).Select(h => new HttpHeaderMatchDraft { Type = h.Type ?? "Exact", Name = h.Name, Value = h.Value }).ToList(),
                QueryParameters = (m.QueryParams ?? []).Select(q => new KeyValueDraft { Key = q.Name, Value = q.Value }).ToList(),
                Method = m.Method,
            }).ToList(),
            Backends = (rule.BackendRefs ?? []).Select(b => new HttpBackendDraft
            {
                ServiceName = b.Name,
                ServiceNamespace = b.Namespace,
                Port = b.Port,
                Weight = b.Weight ?? 1,
            }).ToList(),
            Redirect = redirect is null ? null : new HttpRedirectDraft
            {
                Scheme = redirect.Scheme,
                Hostname = redirect.Hostname,
                Port = redirect.Port,
                ReplaceFullPath = redirect.Path?.ReplaceFullPath,
                StatusCode = redirect.StatusCode ?? 302,
            },
            Rewrite = rewrite is null ? null : new HttpUrlRewriteDraft
            {
                Hostname = rewrite.Hostname,
                PathType = rewrite.Path?.Type,
                Path = rewrite.Path?.ReplaceFullPath ?? rewrite.Path?.ReplacePrefixMatch,
            },
            RequestHeaders = Headers(filters.FirstOrDefault(f => f.Type == "RequestHeaderModifier")?.RequestHeaderModifier),
            ResponseHeaders = Headers(filters.FirstOrDefault(f => f.Type == "ResponseHeaderModifier")?.ResponseHeaderModifier),
            RequestTimeout = rule.Timeouts?.Request,
        };
    }

    private static HttpHeaderModifierDraft? Headers(V1HttpHeaderFilter? filter) => filter is null ? null : new HttpHeaderModifierDraft
    {
        Set = (filter.Set ?? []).Select(h => new KeyValueDraft { Key = h.Name, Value = h.Value }).ToList(),
        Add = (filter.Add ?? []).Select(h => new KeyValueDraft { Key = h.Name, Value = h.Value }).ToList(),
        Remove = [.. filter.Remove ?? []],
    };

    private static List<KeyValueDraft> Pairs(IEnumerable<KeyValuePair<string, string>>? values) =>
        (values ?? []).Select(p => new KeyValueDraft { Key = p.Key, Value = p.Value }).ToList();
}
