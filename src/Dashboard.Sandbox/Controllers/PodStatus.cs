using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Controllers;

/// <summary>Readings of a pod's status the controllers share (pkg/api/v1/pod util).</summary>
internal static class PodStatus
{
    public static bool IsReady(JsonObject pod) => Condition(pod, "Ready") == "True";

    /// <summary>Not terminated and not being deleted: what a ReplicaSet counts.</summary>
    public static bool IsActive(JsonObject pod) =>
        !OwnerReferences.IsBeingDeleted(pod) && pod.Status().StringAt("phase") is not ("Succeeded" or "Failed");

    public static bool IsScheduled(JsonObject pod) => !string.IsNullOrEmpty(pod.Spec().StringAt("nodeName"));

    public static bool IsRunning(JsonObject pod) => pod.Status().StringAt("phase") == "Running";

    public static string? Condition(JsonObject pod, string type) =>
        pod.Status().ArrayAt("conditions").Objects().FirstOrDefault(c => c.StringAt("type") == type).StringAt("status");

    /// <summary>Sets (or adds) a condition, moving lastTransitionTime only when the status changes.</summary>
    public static void SetCondition(JsonObject status, string type, string value, string now, string? reason = null, string? message = null)
    {
        var conditions = status["conditions"] as JsonArray ?? [];
        status["conditions"] = conditions;
        var existing = conditions.Objects().FirstOrDefault(c => c.StringAt("type") == type);
        if (existing is not null && existing.StringAt("status") == value)
        {
            return;
        }

        var condition = new JsonObject
        {
            ["type"] = type,
            ["status"] = value,
            ["lastProbeTime"] = null,
            ["lastTransitionTime"] = now,
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
