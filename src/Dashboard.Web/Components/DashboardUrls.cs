namespace Dashboard.Web.Components;

/// <summary>
/// Every address the pages link to, built in one place so a route changes once. Relative to the base
/// address (no leading slash), with namespace and name escaped.
/// </summary>
public static class DashboardUrls
{
    public const string Clusters = "clusters";

    public static string Cluster(Guid clusterId) => $"clusters/{clusterId}";

    /// <summary>The cluster's page opened at <paramref name="tab"/>; the first tab needs no query.</summary>
    public static string Cluster(Guid clusterId, ClusterTab tab) =>
        tab == ClusterTab.Support ? Cluster(clusterId) : $"{Cluster(clusterId)}?tab={TabName(tab)}";

    public static string Service(Guid clusterId, string ns, string name) => Object(clusterId, ns, "services", name);

    public static string NewService(Guid clusterId) => $"{Cluster(clusterId)}/services/new";

    public static string Ingress(Guid clusterId, string ns, string name) => Object(clusterId, ns, "ingresses", name);

    public static string EditIngress(Guid clusterId, string ns, string name) => $"{Ingress(clusterId, ns, name)}/edit";

    public static string NewIngress(Guid clusterId) => $"{Cluster(clusterId)}/ingresses/new";

    /// <summary>The page that moves an Ingress to Gateway API (translation, YAML, dry run, apply).</summary>
    public static string MoveIngressToGateway(Guid clusterId, string ns, string name) => $"{Ingress(clusterId, ns, name)}/move-to-gateway";

    public static string Gateway(Guid clusterId, string ns, string name) => Object(clusterId, ns, "gateways", name);

    public static string NewGateway(Guid clusterId) => $"{Cluster(clusterId)}/gateways/new";

    public static string GatewayClass(Guid clusterId, string name) => $"{Cluster(clusterId)}/gatewayclasses/{Uri.EscapeDataString(name)}";

    public static string HttpRoute(Guid clusterId, string ns, string name) => Object(clusterId, ns, "httproutes", name);

    /// <summary>The HTTPRoute wizard, optionally with its parent Gateway chosen (from a Gateway's page).</summary>
    public static string NewHttpRoute(Guid clusterId, string? gatewayNamespace = null, string? gatewayName = null) =>
        gatewayName is null
            ? $"{Cluster(clusterId)}/httproutes/new"
            : $"{Cluster(clusterId)}/httproutes/new?gatewayNamespace={Uri.EscapeDataString(gatewayNamespace ?? "")}&gateway={Uri.EscapeDataString(gatewayName)}";

    /// <summary>The name a tab has in <c>?tab=</c>: lower case, as typed by hand.</summary>
    public static string TabName(ClusterTab tab) => tab switch
    {
        ClusterTab.Support => "support",
        ClusterTab.Ingresses => "ingresses",
        ClusterTab.Gateways => "gateways",
        ClusterTab.HttpRoutes => "httproutes",
        ClusterTab.OtherRoutes => "routes",
        ClusterTab.Services => "services",
        ClusterTab.Ports => "ports",
        ClusterTab.Nodes => "nodes",
        ClusterTab.Namespaces => "namespaces",
        ClusterTab.IngressClasses => "ingressclasses",
        _ => throw new ArgumentOutOfRangeException(nameof(tab), tab, "Not a tab of the cluster page."),
    };

    /// <summary>The tab a <c>?tab=</c> value names; an unknown or missing one opens the first tab.</summary>
    public static ClusterTab ParseTab(string? name) =>
        Enum.GetValues<ClusterTab>().FirstOrDefault(tab => string.Equals(TabName(tab), name, StringComparison.OrdinalIgnoreCase));

    private static string Object(Guid clusterId, string ns, string kindSegment, string name) =>
        $"{Cluster(clusterId)}/namespaces/{Uri.EscapeDataString(ns)}/{kindSegment}/{Uri.EscapeDataString(name)}";
}
