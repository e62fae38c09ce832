using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// The status the Gateway API CRDs default to: each condition Unknown, reason <c>Pending</c>, "Waiting for
/// controller", at the epoch. It is what a class or Gateway shows until a controller takes it.
/// </summary>
internal static class PendingStatus
{
    public static JsonObject Of(params string[] conditionTypes) => new()
    {
        ["conditions"] = new JsonArray(conditionTypes.Select(type => (JsonNode)new JsonObject
        {
            ["lastTransitionTime"] = "1970-01-01T00:00:00Z",
            ["message"] = "Waiting for controller",
            ["reason"] = "Pending",
            ["status"] = "Unknown",
            ["type"] = type,
        }).ToArray()),
    };
}
