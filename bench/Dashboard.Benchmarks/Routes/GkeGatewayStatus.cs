using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace Dashboard.Benchmarks.Routes;

/// <summary>
/// What GKE's Gateway controller writes, written by the benchmark (the sandbox runs no Gateway controller): a
/// programmed Gateway with one IP of Google's load balancer, and each route accepted with its references resolved.
/// </summary>
internal static class GkeGatewayStatus
{
    public const string Controller = "networking.gke.io/gateway";

    public static string Address(int g) => $"198.51.100.{160 + g}";

    public static Task<object> ProgramGatewayAsync(IKubernetes client, int g) =>
        client.CustomObjects.PatchNamespacedCustomObjectStatusAsync(
            Patch(new JsonObject
            {
                ["addresses"] = new JsonArray(new JsonObject { ["type"] = "IPAddress", ["value"] = Address(g) }),
                ["conditions"] = new JsonArray(Condition("Accepted"), Condition("Programmed")),
            }),
            GatewayApiObjects.Group, GatewayApiObjects.Version, "default", "gateways", GatewayApiObjects.GatewayName(g));

    public static Task<object> AcceptRouteAsync(IKubernetes client, string route, string gateway, CancellationToken ct) =>
        client.CustomObjects.PatchNamespacedCustomObjectStatusAsync(
            Patch(new JsonObject
            {
                ["parents"] = new JsonArray(new JsonObject
                {
                    ["parentRef"] = new JsonObject { ["group"] = GatewayApiObjects.Group, ["kind"] = "Gateway", ["name"] = gateway },
                    ["controllerName"] = Controller,
                    ["conditions"] = new JsonArray(Condition("Accepted"), Condition("ResolvedRefs")),
                }),
            }),
            GatewayApiObjects.Group, GatewayApiObjects.Version, "default", "httproutes", route, cancellationToken: ct);

    private static V1Patch Patch(JsonObject status) =>
        new(new JsonObject { ["status"] = status }.ToJsonString(), V1Patch.PatchType.MergePatch);

    private static JsonObject Condition(string type) => new()
    {
        ["type"] = type,
        ["status"] = "True",
        ["reason"] = type,
        ["message"] = "",
        ["observedGeneration"] = 1,
        ["lastTransitionTime"] = "2026-12-01T09:00:00Z",
    };
}
