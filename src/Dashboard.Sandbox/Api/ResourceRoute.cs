using Dashboard.Sandbox.Resources;

namespace Dashboard.Sandbox.Api;

/// <summary>
/// A resource URL taken apart: <c>/api/v1/namespaces/{ns}/services/{name}/status</c>,
/// <c>/apis/networking.k8s.io/v1/ingresses</c> (all namespaces), <c>/api/v1/namespaces/{name}</c>…
/// </summary>
internal sealed record ResourceRoute(ResourceKind Kind, string? Namespace, string? Name, string? Subresource)
{
    public bool IsCollection => Name is null;

    /// <summary>The namespace for store calls: "" for cluster-scoped kinds.</summary>
    public string StoreNamespace => Kind.Namespaced ? Namespace ?? string.Empty : string.Empty;

    /// <summary>The route, or null when the path names nothing the emulator serves.</summary>
    public static ResourceRoute? Parse(string path, ServedKinds served)
    {
        var segments = path.Trim('/').Split('/');
        var (group, version, rest) = segments switch
        {
            ["api", var v, .. var r] => (string.Empty, v, r),
            ["apis", var g, var v, .. var r] => (g, v, r),
            _ => (string.Empty, string.Empty, Array.Empty<string>()),
        };
        if (rest.Length == 0 || rest.Any(s => s.Length == 0))
        {
            return null;
        }

        // namespaces/{ns}/{plural}…, unless it is the namespace's own status or finalize subresource.
        if (rest is ["namespaces", var ns, var plural, ..] && plural is not ("status" or "finalize"))
        {
            return served.Find(group, version, plural) is { Namespaced: true } kind && rest.Length <= 5
                ? WithSubresource(new ResourceRoute(kind, ns, rest.ElementAtOrDefault(3), rest.ElementAtOrDefault(4)))
                : null;
        }

        if (served.Find(group, version, rest[0]) is not { } found || rest.Length > 3)
        {
            return null;
        }

        // A namespaced kind without a namespace is only a list or watch across all namespaces.
        return found.Namespaced && rest.Length > 1
            ? null
            : WithSubresource(new ResourceRoute(found, null, rest.ElementAtOrDefault(1), rest.ElementAtOrDefault(2)));
    }

    private static ResourceRoute? WithSubresource(ResourceRoute route) =>
        route.Subresource is null
        || (route.Subresource == "status" && route.Kind.HasStatus)
        || (route.Subresource == "finalize" && route.Kind == ResourceCatalog.Namespaces)
        || (route.Subresource == "scale" && route.Kind.HasScale && route.Name is not null)
            ? route
            : null;
}
