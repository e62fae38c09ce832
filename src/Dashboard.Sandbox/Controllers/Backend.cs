using System.Text.Json.Nodes;

namespace Dashboard.Sandbox.Controllers;

/// <summary>One pod behind a Service, as both endpoint controllers see it.</summary>
internal sealed record Backend(JsonObject Pod, string Ip, bool Ready, bool Terminating, string NodeName, string? Zone, string? Hostname, IReadOnlyList<BackendPort> Ports)
{
    /// <summary>Pods resolving to the same ports share a slice (and an Endpoints subset).</summary>
    public string PortKey => string.Join(",", Ports.Select(p => p.Key));
}
