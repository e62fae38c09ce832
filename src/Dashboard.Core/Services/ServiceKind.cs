namespace Dashboard.Core.Services;

/// <summary>The five kinds of Service the wizard offers (Headless is ClusterIP with clusterIP: None).</summary>
public enum ServiceKind
{
    ClusterIP,
    Headless,
    NodePort,
    LoadBalancer,
    ExternalName,
}
