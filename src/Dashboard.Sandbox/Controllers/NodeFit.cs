using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// Whether a pod may go to a node, by the scheduler's filter plugins that matter here:
/// NodeUnschedulable, NodeAffinity (nodeSelector, required node affinity with matchExpressions
/// and matchFields) and TaintToleration (NoSchedule and NoExecute taints must be tolerated).
/// The answer is null when it fits, else the reason as the scheduler counts it.
/// </summary>
internal static class NodeFit
{
    public const string AffinityMismatch = "node(s) didn't match Pod's node affinity/selector";

    public static string? Check(JsonObject pod, JsonObject node)
    {
        var spec = pod.Spec();
        if (node.Spec().BoolAt("unschedulable") == true && !Tolerates(spec, "node.kubernetes.io/unschedulable", string.Empty, "NoSchedule"))
        {
            return "node(s) were unschedulable";
        }

        var labels = node.Labels();
        if (spec.StringMap("nodeSelector").Any(pair => labels.GetValueOrDefault(pair.Key) != pair.Value))
        {
            return AffinityMismatch;
        }

        var terms = spec.ObjectAt("affinity").ObjectAt("nodeAffinity").ObjectAt("requiredDuringSchedulingIgnoredDuringExecution").ArrayAt("nodeSelectorTerms");
        if (terms is { Count: > 0 } && !terms.Objects().Any(term => TermMatches(term, node.Name(), labels)))
        {
            return AffinityMismatch;
        }

        foreach (var taint in node.Spec().ArrayAt("taints").Objects())
        {
            var effect = taint.StringAt("effect") ?? string.Empty;
            if (effect is "NoSchedule" or "NoExecute" && !Tolerates(spec, taint.StringAt("key") ?? string.Empty, taint.StringAt("value") ?? string.Empty, effect))
            {
                return $"node(s) had untolerated taint {{{taint.StringAt("key")}: {taint.StringAt("value")}}}";
            }
        }

        return null;
    }

    public static bool IsReady(JsonObject node) =>
        node.Status().ArrayAt("conditions").Objects().Any(c => c.StringAt("type") == "Ready" && c.StringAt("status") == "True");

    private static bool TermMatches(JsonObject term, string nodeName, IReadOnlyDictionary<string, string> labels)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["metadata.name"] = nodeName };
        return term.ArrayAt("matchExpressions").Objects().All(e => Matches(e, labels))
            && term.ArrayAt("matchFields").Objects().All(e => Matches(e, fields))
            && (term.ArrayAt("matchExpressions")?.Count > 0 || term.ArrayAt("matchFields")?.Count > 0);
    }

    private static bool Matches(JsonObject expression, IReadOnlyDictionary<string, string> values)
    {
        var key = expression.StringAt("key") ?? string.Empty;
        var allowed = expression.ArrayAt("values")?.Select(JsonNodes.AsString).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        var has = values.TryGetValue(key, out var value);
        return expression.StringAt("operator") switch
        {
            "In" => has && allowed.Contains(value!),
            "NotIn" => !has || !allowed.Contains(value!),
            "Exists" => has,
            "DoesNotExist" => !has,
            _ => false,
        };
    }

    /// <summary>v1 helper ToleratesTaint: empty key with Exists tolerates everything; an empty effect matches any.</summary>
    public static bool Tolerates(JsonObject? podSpec, string key, string value, string effect) =>
        podSpec.ArrayAt("tolerations").Objects().Any(t =>
        {
            var tolerationEffect = t.StringAt("effect") ?? string.Empty;
            if (tolerationEffect.Length > 0 && tolerationEffect != effect)
            {
                return false;
            }

            var tolerationKey = t.StringAt("key") ?? string.Empty;
            var op = t.StringAt("operator") ?? "Equal";
            if (tolerationKey.Length == 0)
            {
                return op == "Exists";
            }

            return tolerationKey == key && (op == "Exists" || (t.StringAt("value") ?? string.Empty) == value);
        });
}
