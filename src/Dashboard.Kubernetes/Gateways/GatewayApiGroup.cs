namespace Dashboard.Kubernetes.Gateways;

/// <summary>The API group of Gateway API; every kind the dashboard writes is at its <c>v1</c>.</summary>
public static class GatewayApiGroup
{
    public const string Name = "gateway.networking.k8s.io";

    public const string Version = "v1";

    public const string ApiVersion = Name + "/" + Version;
}
