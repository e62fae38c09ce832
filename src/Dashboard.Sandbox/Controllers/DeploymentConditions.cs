using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Controllers;

/// <summary>Deployment status conditions with lastUpdateTime and lastTransitionTime (deployment util SetDeploymentCondition).</summary>
internal static class DeploymentConditions
{
    public const string Available = "Available";
    public const string Progressing = "Progressing";

    public static JsonObject? Find(JsonObject? status, string type) =>
        status.ArrayAt("conditions").Objects().FirstOrDefault(c => c.StringAt("type") == type);

    /// <summary>
    /// Same status and reason: nothing changes (unless <paramref name="touch"/>, for progress, moves lastUpdateTime).
    /// Same status, new reason: lastTransitionTime is kept. Conditions stay in the order they were first added.
    /// </summary>
    public static void Set(JsonObject status, string type, string value, string reason, string message, string now, bool touch = false)
    {
        var conditions = status["conditions"] as JsonArray ?? [];
        status["conditions"] = conditions;
        var existing = Find(status, type);
        if (existing is not null && existing.StringAt("status") == value && existing.StringAt("reason") == reason && !touch)
        {
            return;
        }

        var condition = new JsonObject
        {
            ["type"] = type,
            ["status"] = value,
            ["lastUpdateTime"] = now,
            ["lastTransitionTime"] = existing is not null && existing.StringAt("status") == value ? existing.StringAt("lastTransitionTime") : now,
            ["reason"] = reason,
            ["message"] = message,
        };
        if (existing is null)
        {
            conditions.Add(condition);
        }
        else
        {
            conditions[conditions.IndexOf(existing)] = condition;
        }
    }
}
