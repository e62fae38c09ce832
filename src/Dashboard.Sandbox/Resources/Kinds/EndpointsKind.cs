using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class EndpointsKind() : ResourceKind(string.Empty, "Endpoints", "endpoints", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["ep"];

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Endpoints", "The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share. A single address with multiple ports, some of which are ready and some of which are not (because they come from different containers) will result in the address being displayed in different subsets for the different ports. No address will appear in both Addresses and NotReadyAddresses in the same subset. Sets of addresses and ports that comprise a service.", Endpoints),
        TableColumn.Age,
    ];

    /// <summary>
    /// The printers' formatEndpoints: ready addresses only, port by port (ip:port, IPv6 in
    /// brackets), three shown; no subsets at all is &lt;none&gt;, subsets without ready addresses "".
    /// </summary>
    private static string Endpoints(JsonObject obj)
    {
        var subsets = obj.ArrayAt("subsets").Objects().ToList();
        if (subsets.Count == 0)
        {
            return Printing.None;
        }

        var endpoints = new List<string>();
        foreach (var subset in subsets)
        {
            var ips = subset.ArrayAt("addresses").Objects().Select(a => a.StringAt("ip") ?? string.Empty).ToList();
            var ports = subset.ArrayAt("ports").Objects().Select(p => JsonNodes.AsText(p["port"]) ?? "0").ToList();
            endpoints.AddRange(ports.Count == 0 ? ips : ports.SelectMany(port => ips.Select(ip => ip.Contains(':', StringComparison.Ordinal) ? $"[{ip}]:{port}" : $"{ip}:{port}")));
        }

        return Printing.FirstFew(endpoints, 3, string.Empty);
    }
}
