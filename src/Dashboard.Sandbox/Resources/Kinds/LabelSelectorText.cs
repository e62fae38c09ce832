using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// A <c>metav1.LabelSelector</c> as the selector string the API prints (apimachinery
/// <c>LabelSelectorAsSelector(…).String()</c>): requirements sorted by key, <c>a=b,c in (x,y),!d</c>.
/// </summary>
internal static class LabelSelectorText
{
    public static string Format(JsonObject? selector)
    {
        var parts = new List<(string Key, string Text)>();
        foreach (var (key, value) in selector.StringMap("matchLabels"))
        {
            parts.Add((key, $"{key}={value}"));
        }

        foreach (var expression in selector.ArrayAt("matchExpressions").Objects())
        {
            var key = expression.StringAt("key") ?? string.Empty;
            var values = expression.ArrayAt("values")?.Select(JsonNodes.AsString).OfType<string>().Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>();
            var text = expression.StringAt("operator") switch
            {
                "In" => $"{key} in ({string.Join(",", values)})",
                "NotIn" => $"{key} notin ({string.Join(",", values)})",
                "Exists" => key,
                "DoesNotExist" => $"!{key}",
                _ => key,
            };
            parts.Add((key, text));
        }

        return string.Join(",", parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Text));
    }

    /// <summary><c>labels.FormatLabels</c>: <c>k=v,…</c> sorted, <c>&lt;none&gt;</c> when empty.</summary>
    public static string Labels(IReadOnlyDictionary<string, string> labels) =>
        Printing.JoinOrNone(labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
}
