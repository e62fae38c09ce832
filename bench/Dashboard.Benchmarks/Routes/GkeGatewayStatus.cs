using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace Dashboard.Benchmarks.Routes;

/// <summary>
/// What GKE's Gateway controller writes on a route, written by the benchmark (the sandbox's gke cluster left the
/// routes without status): each route accepted by its Gateway, its references resolved.
/// </summary>
internal static class GkeGatewayStatus
{
    public const string Controller = "networking.gke.io/gateway";

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
