using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// Conditions as the Gateway API controllers write them (metav1.Condition): a type's
/// <c>lastTransitionTime</c> moves only when its status does, so an unchanged pass writes nothing new.
/// </summary>
internal sealed class GatewayConditions(JsonArray? previous, long generation, DateTimeOffset now)
{
    private readonly JsonArray conditions = [];

    public GatewayConditions Set(string type, bool status, string reason, string message)
    {
        var value = status ? "True" : "False";
        var before = previous.Objects().FirstOrDefault(c => c.StringAt("type") == type);
        var since = before is not null && before.StringAt("status") == value ? before.StringAt("lastTransitionTime") : null;
        conditions.Add(new JsonObject
        {
            ["lastTransitionTime"] = since ?? ObjectMeta.Timestamp(now),
            ["message"] = message,
            ["observedGeneration"] = generation,
            ["reason"] = reason,
            ["status"] = value,
            ["type"] = type,
        });
        return this;
    }

    public JsonArray ToArray() => conditions;
}
