using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources;

/// <summary>Helpers shared by the kinds' Table columns, after kubectl's own printers.</summary>
internal static class Printing
{
    public const string None = "<none>";

    public static string OrNone(string? value) => string.IsNullOrEmpty(value) ? None : value;

    public static string OrUnknown(string? value) => string.IsNullOrEmpty(value) ? "<unknown>" : value;

    public static string JoinOrNone(IEnumerable<string> values)
    {
        var joined = string.Join(",", values);
        return joined.Length == 0 ? None : joined;
    }

    /// <summary>
    /// The printers' loadBalancerStatusStringer: the IP (else hostname) of each entry, as a sorted
    /// set; the server prints wide, so never shortened.
    /// </summary>
    public static string LoadBalancerAddresses(JsonObject obj)
    {
        var addresses = obj.Status().ObjectAt("loadBalancer").ArrayAt("ingress").Objects()
            .Select(entry => entry.StringAt("ip") is { Length: > 0 } ip ? ip : entry.StringAt("hostname"))
            .Where(address => !string.IsNullOrEmpty(address))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return string.Join(",", addresses);
    }

    /// <summary>The first few items, then "+ N more...", as kubectl lists hosts and endpoints.</summary>
    public static string FirstFew(IReadOnlyList<string> items, int shown, string empty)
    {
        if (items.Count == 0)
        {
            return empty;
        }

        var head = string.Join(",", items.Take(shown));
        return items.Count > shown ? $"{head} + {items.Count - shown} more..." : head;
    }
}
