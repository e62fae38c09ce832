using k8s;

namespace Dashboard.Web.Tests.Components;

/// <summary>Gateway API objects written straight to a sandbox cluster, as kubectl would.</summary>
internal static class GatewayObjects
{
    private const string Group = "gateway.networking.k8s.io";

    public static Task<object> CreateGatewayClassAsync(IKubernetes client, string name, string controller, CancellationToken cancellationToken) =>
        client.CustomObjects.CreateClusterCustomObjectAsync(new Dictionary<string, object>
        {
            ["apiVersion"] = $"{Group}/v1",
            ["kind"] = "GatewayClass",
            ["metadata"] = new Dictionary<string, object> { ["name"] = name },
            ["spec"] = new Dictionary<string, object> { ["controllerName"] = controller, ["description"] = "The test's class" },
        }, Group, "v1", "gatewayclasses", cancellationToken: cancellationToken);

    /// <summary>Writes <paramref name="status"/> (a JSON object) as the object's status, as its controller would.</summary>
    public static Task<object> PatchStatusAsync(IKubernetes client, string plural, string ns, string name, string status, CancellationToken cancellationToken) =>
        client.CustomObjects.PatchNamespacedCustomObjectStatusAsync(
            new k8s.Models.V1Patch($"{{\"status\":{status}}}", k8s.Models.V1Patch.PatchType.MergePatch), Group, "v1", ns, plural, name, cancellationToken: cancellationToken);

    public static Task<object> CreateGatewayAsync(IKubernetes client, string name, string className, CancellationToken cancellationToken,
        string ns = "default", string? listenerHostname = "shop.example.com") =>
        client.CustomObjects.CreateNamespacedCustomObjectAsync(new Dictionary<string, object>
        {
            ["apiVersion"] = $"{Group}/v1",
            ["kind"] = "Gateway",
            ["metadata"] = new Dictionary<string, object> { ["name"] = name, ["namespace"] = ns },
            ["spec"] = new Dictionary<string, object>
            {
                ["gatewayClassName"] = className,
                ["listeners"] = new[]
                {
                    listenerHostname is null
                        ? new Dictionary<string, object> { ["name"] = "http", ["protocol"] = "HTTP", ["port"] = 80 }
                        : new Dictionary<string, object> { ["name"] = "http", ["protocol"] = "HTTP", ["port"] = 80, ["hostname"] = listenerHostname },
                },
            },
        }, Group, "v1", ns, "gateways", cancellationToken: cancellationToken);

    public static Task<object> CreateHttpRouteAsync(IKubernetes client, string name, string gatewayName, string gatewayNamespace, CancellationToken cancellationToken,
        string ns = "default", string? hostname = "shop.example.com") =>
        client.CustomObjects.CreateNamespacedCustomObjectAsync(new Dictionary<string, object>
        {
            ["apiVersion"] = $"{Group}/v1",
            ["kind"] = "HTTPRoute",
            ["metadata"] = new Dictionary<string, object> { ["name"] = name, ["namespace"] = ns },
            ["spec"] = new Dictionary<string, object>
            {
                ["parentRefs"] = new[] { new Dictionary<string, object> { ["name"] = gatewayName, ["namespace"] = gatewayNamespace } },
                ["hostnames"] = hostname is null ? Array.Empty<string>() : new[] { hostname },
                ["rules"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["matches"] = new[] { new Dictionary<string, object> { ["path"] = new Dictionary<string, object> { ["type"] = "PathPrefix", ["value"] = "/api" } } },
                        ["backendRefs"] = new[]
                        {
                            new Dictionary<string, object> { ["name"] = "web", ["port"] = 80, ["weight"] = 90 },
                            new Dictionary<string, object> { ["name"] = "canary", ["port"] = 80, ["weight"] = 10 },
                        },
                    },
                },
            },
        }, Group, "v1", ns, "httproutes", cancellationToken: cancellationToken);
}
