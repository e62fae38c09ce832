using Dashboard.Core.Drafts;

namespace Dashboard.Core.Routes;

/// <summary>What the HTTPRoute wizard, the migration and <c>POST /api/v1/clusters/{id}/httproutes</c> take.</summary>
public sealed class HttpRouteDraft
{
    public string Namespace { get; set; } = "default";

    public string Name { get; set; } = "";

    /// <summary>The Gateways (and their listeners) the route attaches to; usually one.</summary>
    public List<RouteParentDraft> Parents { get; set; } = [new()];

    /// <summary>
    /// Generate: one hostname <c>&lt;route&gt;.&lt;namespace&gt;.&lt;gateway ip&gt;.&lt;domain&gt;</c> once the parent Gateway
    /// has an address. Custom: <see cref="Hostnames"/> as typed. Any: no hostnames (every host the listener takes).
    /// </summary>
    public RouteHostChoice HostChoice { get; set; } = RouteHostChoice.Generate;

    /// <summary>Custom only.</summary>
    public List<string> Hostnames { get; set; } = [];

    public List<HttpRouteRuleDraft> Rules { get; set; } = [new()];

    public List<KeyValueDraft> Labels { get; set; } = [];

    public List<KeyValueDraft> Annotations { get; set; } = [];
}

public enum RouteHostChoice
{
    Generate,
    Custom,
    Any,
}

/// <summary>One <c>parentRefs[]</c> entry: a Gateway, optionally one listener of it.</summary>
public sealed class RouteParentDraft
{
    /// <summary>Null: the route's own namespace.</summary>
    public string? GatewayNamespace { get; set; }

    public string GatewayName { get; set; } = "";

    /// <summary>A listener name (<c>sectionName</c>); null attaches to every listener that allows the route.</summary>
    public string? ListenerName { get; set; }
}
