using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// maxSurge and maxUnavailable resolved against the replica count (deployment util ResolveFenceposts):
/// a percentage rounds up for surge and down for unavailable; both zero makes unavailable 1.
/// </summary>
internal readonly record struct RollingParameters(int MaxSurge, int MaxUnavailable)
{
    public static RollingParameters Of(JsonObject deployment)
    {
        var spec = deployment.Spec();
        var replicas = (int)(spec.LongAt("replicas") ?? 1);
        var strategy = spec.ObjectAt("strategy");
        if (strategy.StringAt("type") == "Recreate")
        {
            return new RollingParameters(0, 0);
        }

        var rolling = strategy.ObjectAt("rollingUpdate");
        var surge = Scaled(rolling?["maxSurge"], replicas, roundUp: true, fallback: "25%");
        var unavailable = Scaled(rolling?["maxUnavailable"], replicas, roundUp: false, fallback: "25%");
        if (surge == 0 && unavailable == 0)
        {
            unavailable = 1;
        }

        return new RollingParameters(surge, Math.Min(unavailable, replicas));
    }

    private static int Scaled(JsonNode? value, int total, bool roundUp, string fallback)
    {
        var text = JsonNodes.AsText(value) ?? fallback;
        if (!text.EndsWith('%'))
        {
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var absolute) ? absolute : 0;
        }

        var percent = int.TryParse(text[..^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var exact = percent * total / 100.0;
        return (int)(roundUp ? Math.Ceiling(exact) : Math.Floor(exact));
    }
}
