using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

internal sealed class EndpointsKind() : ResourceKind(string.Empty, "Endpoints", "endpoints", namespaced: true)
{
    public override IReadOnlyList<string> ShortNames => ["ep"];

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        TableColumn.Name,
        TableColumn.Text("Endpoints", "Endpoints of the service", Endpoints),
        TableColumn.Age,
    ];

    /// <summary>kubectl's formatEndpoints: ip:port for every address and port, three shown.</summary>
    private static string Endpoints(JsonObject obj)
    {
        var endpoints = new List<string>();
        foreach (var subset in obj.ArrayAt("subsets").Objects())
        {
            var ports = subset.ArrayAt("ports").Objects().Select(p => JsonNodes.AsText(p["port"])).OfType<string>().ToList();
            foreach (var ip in subset.ArrayAt("addresses").Objects().Select(a => a.StringAt("ip")).OfType<string>())
            {
                endpoints.AddRange(ports.Count == 0 ? [ip] : ports.Select(port => $"{ip}:{port}"));
            }
        }

        return Printing.FirstFew(endpoints, 3, Printing.None);
    }
}
