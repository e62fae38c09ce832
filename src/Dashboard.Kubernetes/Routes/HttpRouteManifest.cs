using Dashboard.Core.Routes;
using Dashboard.Kubernetes.Changes;
using Dashboard.Kubernetes.Ingresses;
using Dashboard.Kubernetes.Routes.Models;
using k8s.Models;

namespace Dashboard.Kubernetes.Routes;

/// <summary>An HTTPRoute draft as the object that is sent. Pure, like <see cref="IngressManifest"/>.</summary>
public static class HttpRouteManifest
{
    /// <param name="hostnameDomain">
    /// The wildcard-DNS domain. A Generate route's hostname is this domain until the hostname flow, once the parent
    /// Gateway has an address, replaces it with <c>&lt;route&gt;.&lt;namespace&gt;.&lt;ip&gt;.&lt;domain&gt;</c>, as for Ingresses
    /// (<see cref="IngressManifest.HostnameAnnotation"/> marks it; <see cref="IngressManifest.GeneratedHostsAnnotation"/> remembers it).
    /// </param>
    public static V1HttpRoute From(HttpRouteDraft draft, string hostnameDomain)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var annotations = ManifestYaml.ToMap(draft.Annotations) ?? [];
        if (draft.HostChoice == RouteHostChoice.Generate)
            annotations[IngressManifest.HostnameAnnotation] = IngressManifest.HostnameGenerate;
        List<string>? hostnames = draft.HostChoice switch
        {
            RouteHostChoice.Generate => [hostnameDomain],
            RouteHostChoice.Custom => draft.Hostnames.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            _ => null,
        };
        return new V1HttpRoute
        {
            Metadata = new V1ObjectMeta
            {
                Name = draft.Name,
                NamespaceProperty = draft.Namespace,
                Labels = ManifestYaml.ToMap(draft.Labels),
                Annotations = annotations.Count == 0 ? null : annotations,
            },
            Spec = new V1HttpRouteSpec
            {
                ParentRefs = draft.Parents.Select(p => new V1RouteParentReference
                {
                    Name = p.GatewayName.Trim(),
                    Namespace = string.IsNullOrWhiteSpace(p.GatewayNamespace) || p.GatewayNamespace == draft.Namespace ? null : p.GatewayNamespace.Trim(),
                    SectionName = string.IsNullOrWhiteSpace(p.ListenerName) ? null : p.ListenerName.Trim(),
                }).ToList(),
                Hostnames = hostnames is { Count: > 0 } ? hostnames : null,
                Rules = draft.Rules.Select(r => ToRule(r, draft.Namespace)).ToList(),
            },
        };
    }

    private static V1HttpRouteRule ToRule(HttpRouteRuleDraft rule, string routeNamespace)
    {
        var filters = new List<V1HttpRouteFilter>();
        if (rule.Redirect is { } redirect)
            filters.Add(new V1HttpRouteFilter { Type = "RequestRedirect", RequestRedirect = ToRedirect(redirect) });
        if (rule.Rewrite is { } rewrite)
            filters.Add(new V1HttpRouteFilter { Type = "URLRewrite", UrlRewrite = ToRewrite(rewrite) });
        if (ToHeaders(rule.RequestHeaders) is { } request)
            filters.Add(new V1HttpRouteFilter { Type = "RequestHeaderModifier", RequestHeaderModifier = request });
        if (ToHeaders(rule.ResponseHeaders) is { } response)
            filters.Add(new V1HttpRouteFilter { Type = "ResponseHeaderModifier", ResponseHeaderModifier = response });
        return new V1HttpRouteRule
        {
            Matches = rule.Matches.Count == 0 ? null : rule.Matches.Select(ToMatch).ToList(),
            Filters = filters.Count == 0 ? null : filters,
            // A redirect answers the request itself: a rule that redirects sends nothing to a backend.
            BackendRefs = rule.Redirect is not null || rule.Backends.Count == 0 ? null : rule.Backends.Select(b => new V1BackendRef
            {
                Name = b.ServiceName.Trim(),
                Namespace = string.IsNullOrWhiteSpace(b.ServiceNamespace) || b.ServiceNamespace == routeNamespace ? null : b.ServiceNamespace.Trim(),
                Port = b.Port,
                Weight = b.Weight,
            }).ToList(),
            Timeouts = string.IsNullOrWhiteSpace(rule.RequestTimeout) ? null : new V1HttpRouteTimeouts { Request = rule.RequestTimeout.Trim() },
        };
    }

    private static V1HttpRouteMatch ToMatch(HttpRouteMatchDraft match) => new()
    {
        Path = new V1HttpPathMatch { Type = match.PathType, Value = match.Path },
        Headers = match.Headers.Count == 0 ? null : match.Headers.Select(h => new V1HeaderMatch { Type = h.Type, Name = h.Name.Trim(), Value = h.Value }).ToList(),
        QueryParams = match.QueryParameters.Count == 0 ? null
            : match.QueryParameters.Select(q => new V1HeaderMatch { Type = "Exact", Name = q.Key.Trim(), Value = q.Value }).ToList(),
        Method = string.IsNullOrWhiteSpace(match.Method) ? null : match.Method.Trim().ToUpperInvariant(),
    };

    private static V1HttpRequestRedirectFilter ToRedirect(HttpRedirectDraft redirect) => new()
    {
        Scheme = string.IsNullOrWhiteSpace(redirect.Scheme) ? null : redirect.Scheme.Trim(),
        Hostname = string.IsNullOrWhiteSpace(redirect.Hostname) ? null : redirect.Hostname.Trim(),
        Port = redirect.Port,
        Path = string.IsNullOrWhiteSpace(redirect.ReplaceFullPath) ? null : new V1HttpPathModifier { Type = "ReplaceFullPath", ReplaceFullPath = redirect.ReplaceFullPath },
        StatusCode = redirect.StatusCode,
    };

    private static V1HttpUrlRewriteFilter ToRewrite(HttpUrlRewriteDraft rewrite) => new()
    {
        Hostname = string.IsNullOrWhiteSpace(rewrite.Hostname) ? null : rewrite.Hostname.Trim(),
        Path = rewrite.PathType switch
        {
            "ReplaceFullPath" => new V1HttpPathModifier { Type = "ReplaceFullPath", ReplaceFullPath = rewrite.Path ?? "/" },
            "ReplacePrefixMatch" => new V1HttpPathModifier { Type = "ReplacePrefixMatch", ReplacePrefixMatch = rewrite.Path ?? "/" },
            _ => null,
        },
    };

    private static V1HttpHeaderFilter? ToHeaders(HttpHeaderModifierDraft? headers)
    {
        if (headers is null || headers.Set.Count + headers.Add.Count + headers.Remove.Count == 0)
            return null;
        return new V1HttpHeaderFilter
        {
            Set = headers.Set.Count == 0 ? null : headers.Set.Select(h => new V1HttpHeader { Name = h.Key.Trim(), Value = h.Value }).ToList(),
            Add = headers.Add.Count == 0 ? null : headers.Add.Select(h => new V1HttpHeader { Name = h.Key.Trim(), Value = h.Value }).ToList(),
            Remove = headers.Remove.Count == 0 ? null : headers.Remove.Select(h => h.Trim()).ToList(),
        };
    }
}
