namespace Dashboard.Web.Components;

/// <summary>The tabs of a cluster's page, named so links and the page agree without counting positions.</summary>
public enum ClusterTab
{
    Support,
    Ingresses,
    Gateways,
    HttpRoutes,
    OtherRoutes,
    Services,
    Ports,
    Nodes,
    Namespaces,
    IngressClasses,
}
