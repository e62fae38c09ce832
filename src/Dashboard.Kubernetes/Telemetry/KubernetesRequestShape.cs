using System.Text.RegularExpressions;

namespace Dashboard.Kubernetes.Telemetry;

/// <summary>
/// What a request to an API server is, read from its method and path alone: the Kubernetes verb and the resource
/// (plural), so a metric can say "list ingresses" without ever recording a path, an object name or a query.
/// </summary>
internal sealed partial record KubernetesRequestShape(string Verb, string Resource)
{
    public bool IsWatch => Verb == "watch";

    public static KubernetesRequestShape Of(HttpMethod method, Uri? uri)
    {
        var segments = uri is null ? [] : uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var (resource, isItem) = ResourceOf(segments);
        return new KubernetesRequestShape(VerbOf(method, isItem, IsWatchQuery(uri?.Query)), resource);
    }

    /// <summary>/api/v1/[namespaces/NS/]RESOURCE[/NAME[/SUB]] and /apis/GROUP/VERSION/...; anything else is discovery or "other".</summary>
    private static (string Resource, bool IsItem) ResourceOf(string[] segments)
    {
        var prefix = segments switch
        {
            ["api", _, _, ..] => 2,
            ["apis", _, _, _, ..] => 3,
            ["api", ..] or ["apis", ..] => -1,
            ["version", ..] => -2,
            ["openapi", ..] => -3,
            _ => 0,
        };
        // Documents rather than collections: a GET of one is a "get".
        switch (prefix)
        {
            case -1:
                return ("discovery", true);
            case -2:
                return ("version", true);
            case -3:
                return ("openapi", true);
            case 0:
                return ("other", true);
        }
        var rest = segments[prefix..];
        if (rest is ["namespaces", _, _, ..])
            rest = rest[2..];
        // The path is the client's own, but a label must stay bounded whatever it holds.
        var resource = ResourceName().IsMatch(rest[0]) ? rest[0] : "other";
        return (resource, rest.Length > 1);
    }

    private static string VerbOf(HttpMethod method, bool isItem, bool watch) => method.Method switch
    {
        "GET" when watch => "watch",
        "GET" => isItem ? "get" : "list",
        "POST" => "create",
        "PUT" => "update",
        "PATCH" => "patch",
        "DELETE" => isItem ? "delete" : "deletecollection",
        _ => "other",
    };

    private static bool IsWatchQuery(string? query) =>
        !string.IsNullOrEmpty(query) && query.TrimStart('?').Split('&').Any(p => p is "watch=true" or "watch=1");

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,62}$")]
    private static partial Regex ResourceName();
}
