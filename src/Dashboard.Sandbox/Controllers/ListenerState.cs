using System.Text.Json.Nodes;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Controllers;

/// <summary>
/// One Gateway listener as its controller sees it: whether the implementation programs its protocol, the route
/// kinds it takes (its protocol's, narrowed by <c>allowedRoutes.kinds</c>), and any certificate problem.
/// Routes that attach are counted into <see cref="AttachedRoutes"/>.
/// </summary>
internal sealed class ListenerState(JsonObject listener)
{
    public JsonObject Listener { get; } = listener;

    public string Name => Listener.StringAt("name") ?? string.Empty;

    public string Protocol => Listener.StringAt("protocol") ?? string.Empty;

    public long Port => Listener.LongAt("port") ?? 0;

    public string? Hostname => Listener.StringAt("hostname");

    public bool ProtocolSupported { get; init; }

    /// <summary>The kinds routes may be of, as <c>status.listeners[].supportedKinds</c> lists them.</summary>
    public IReadOnlyList<string> SupportedKinds { get; init; } = [];

    /// <summary>Kinds named in <c>allowedRoutes.kinds</c> that the protocol cannot carry.</summary>
    public IReadOnlyList<string> InvalidKinds { get; init; } = [];

    /// <summary>Null, or the reason and message of a failed certificate reference.</summary>
    public (string Reason, string Message)? CertificateProblem { get; init; }

    public int AttachedRoutes { get; set; }

    public JsonObject? AllowedNamespaces => Listener.ObjectAt("allowedRoutes").ObjectAt("namespaces");
}
