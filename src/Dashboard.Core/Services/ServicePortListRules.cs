using FluentValidation;

namespace Dashboard.Core.Services;

/// <summary>What the ports of one Service may not share, reported on the later of two clashing ports.</summary>
internal static class ServicePortListRules
{
    public static void Check(List<ServicePortDraft> ports, ValidationContext<ServiceDraft> context)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var portProtocols = new Dictionary<(int, string), int>();
        // Keyed by protocol too, as the API server does: 30053/TCP and 30053/UDP is the usual way to expose DNS.
        var nodePortProtocols = new Dictionary<(int, string), int>();
        for (var i = 0; i < ports.Count; i++)
        {
            var port = ports[i];
            if (string.IsNullOrEmpty(port.Name))
            {
                if (ports.Count > 1)
                    context.AddFailure($"Ports[{i}].Name", "Required value: name every port when the Service has more than one, for example 'http' or 'metrics'.");
            }
            else if (!names.TryAdd(port.Name, i))
            {
                context.AddFailure($"Ports[{i}].Name", $"Duplicate value: \"{port.Name}\": port {names[port.Name] + 1} has the same name. Port names must be unique.");
            }
            if (!portProtocols.TryAdd((port.Port, port.Protocol), i))
                context.AddFailure($"Ports[{i}].Port", $"Duplicate value: {port.Port}/{port.Protocol}: port {portProtocols[(port.Port, port.Protocol)] + 1} is the same. Change the port or the protocol, or remove one.");
            if (port.NodePort is { } nodePort && !nodePortProtocols.TryAdd((nodePort, port.Protocol), i))
                context.AddFailure($"Ports[{i}].NodePort", $"Duplicate value: {nodePort}/{port.Protocol}: port {nodePortProtocols[(nodePort, port.Protocol)] + 1} uses the same node port. Pick another or leave it empty.");
        }
    }
}
